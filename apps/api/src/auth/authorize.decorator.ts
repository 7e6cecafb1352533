import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import type { Role } from '@ntm/auth';

import { ApiProblems, EVERY_ROUTE } from '../platform/api-problems';

/**
 * Resolves, from the request, the unit or department a route acts on; it may read the database
 * through a provider from `modules`. Runs only once the caller's role passed. `undefined`: the
 * request names no target yet (an invalid body), so validation answers rather than the scope.
 */
export type RequestResolver = (
  request: FastifyRequest,
  modules: ModuleRef,
) => string | undefined | Promise<string | undefined>;

export interface AuthorizeOptions {
  readonly roles: readonly Role[];
  /** The administrative unit the request is about (jurisdiction); omit for routes without one. */
  readonly scope?: RequestResolver;
  /** Appraisal routes: the department the criterion is assigned to (catalogue assignments). */
  readonly department?: RequestResolver;
  /** Appraisal routes: the department doing that assignment today, where the assigned one was retired. */
  readonly routedTo?: (
    request: FastifyRequest,
    modules: ModuleRef,
  ) => Promise<{ readonly unit: string; readonly department: string } | undefined>;
}

export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | ({ readonly kind: 'authorized' } & AuthorizeOptions);

export const ACCESS_RULE = Symbol('ACCESS_RULE');

/**
 * Role + jurisdiction (+ department) a route requires; the global AccessGuard refuses every route
 * without one of these decorators. Auditors never pass on a write, whatever the roles say. Every
 * route carries one, so each also documents the refusals common to all routes of its kind.
 */
export const Authorize = (options: AuthorizeOptions) =>
  applyDecorators(
    SetMetadata<symbol, AccessRule>(ACCESS_RULE, { kind: 'authorized', ...options }),
    ApiProblems(...EVERY_ROUTE, 401, 403),
  );

/** Any valid token, no acting grant: for the caller's own identity. */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata<symbol, AccessRule>(ACCESS_RULE, { kind: 'authenticated' }),
    ApiProblems(...EVERY_ROUTE, 401),
  );

/** No token needed: health, metrics, API docs, the dev login. */
export const Public = () =>
  applyDecorators(SetMetadata<symbol, AccessRule>(ACCESS_RULE, { kind: 'public' }), ApiProblems(...EVERY_ROUTE));
