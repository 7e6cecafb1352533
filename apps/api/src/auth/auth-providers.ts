import { randomBytes } from 'node:crypto';

import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { type AdministrativeUnits, loadAdministrativeUnits } from '@ntm/units';
import {
  createDevTokenSigner,
  createScopeFilter,
  type DemoUsers,
  type DevTokenSigner,
  jwksTokenVerifier,
  loadDemoUsers,
  localTokenVerifier,
  type ScopeFilter,
  type TokenVerifier,
} from '@ntm/auth';
import { EVENT_STORE, type EventStore, PostgresEventStore } from '@ntm/event-store';
import { StartupError } from '@ntm/runtime';

import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { ADMINISTRATIVE_UNITS, DEMO_USERS, DEV_TOKEN_SIGNER, SCOPE_FILTER, TOKEN_VERIFIER } from './auth.tokens';

const DEV_ISSUER = 'urn:ntm:dev-login';
/** Without AUTH_DEV_SECRET, tokens are signed with a key that lives as long as this process. */
const processKey = randomBytes(32);

const localKey = (config: AppConfig) =>
  config.AUTH_DEV_SECRET ? new TextEncoder().encode(config.AUTH_DEV_SECRET) : processKey;
const localOptions = (config: AppConfig) => ({
  issuer: config.AUTH_ISSUER ?? DEV_ISSUER,
  audience: config.AUTH_AUDIENCE,
  key: localKey(config),
});

/** Production trusts only the identity provider; a missing setting stops the API at start. */
function createTokenVerifier(config: AppConfig): TokenVerifier {
  if (config.AUTH_JWKS_URL) {
    if (!config.AUTH_ISSUER) throw new StartupError('AUTH_ISSUER', 'bắt buộc khi có AUTH_JWKS_URL (required)');
    return jwksTokenVerifier({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      jwksUrl: config.AUTH_JWKS_URL,
    });
  }
  if (config.NTM_PROFILE === 'production') {
    throw new StartupError('AUTH_JWKS_URL', 'bắt buộc khi NTM_PROFILE=production (required in production)');
  }
  return localTokenVerifier(localOptions(config));
}

export const authProviders: Provider[] = [
  { provide: ADMINISTRATIVE_UNITS, useFactory: (): AdministrativeUnits => loadAdministrativeUnits() },
  { provide: TOKEN_VERIFIER, inject: [APP_CONFIG], useFactory: createTokenVerifier },
  {
    provide: EVENT_STORE,
    inject: [DataSource],
    // TypeORM's postgres driver keeps its pg pool in `master`: one pool per process, closed with it.
    useFactory: (dataSource: DataSource): EventStore =>
      new PostgresEventStore((dataSource.driver as unknown as { master: Pool }).master),
  },
  {
    provide: SCOPE_FILTER,
    inject: [ADMINISTRATIVE_UNITS],
    useFactory: (units: AdministrativeUnits): ScopeFilter => createScopeFilter(units),
  },
];

/** Only when the dev login is on (never in production: the configuration refuses it). */
export const devLoginProviders: Provider[] = [
  {
    provide: DEMO_USERS,
    inject: [ADMINISTRATIVE_UNITS],
    useFactory: (units: AdministrativeUnits): DemoUsers => loadDemoUsers(units),
  },
  {
    provide: DEV_TOKEN_SIGNER,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): DevTokenSigner =>
      createDevTokenSigner({ ...localOptions(config), ttlSeconds: config.AUTH_DEV_TOKEN_TTL_SECONDS }),
  },
];
