import type { AppConfig } from '@ntm/config';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const RUNTIME_ENDPOINTS = Symbol('RUNTIME_ENDPOINTS');
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

export type { AppConfig };

/** Where the API finds its dependencies: given by the launcher (embedded) or by configuration. */
export interface RuntimeEndpoints {
  readonly databaseUrl: string;
  readonly temporalAddress: string;
}
