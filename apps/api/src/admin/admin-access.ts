import type { ModuleRef } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { type AdministrativeUnits } from '@ntm/units';
import type { Role } from '@ntm/auth';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { notFound } from '../auth/auth.problems';
import { UserDirectory } from '../auth/user-directory';

/**
 * Who administers accounts. Administrators register and deactivate users of their province;
 * province coordinators also grant and revoke roles there (they staff appraisals and councils),
 * except the roles that administer or oversee (see `grant-policy.ts`); auditors read.
 */
export const ACCOUNT_READERS: readonly Role[] = ['administrator', 'province-coordinator', 'auditor'];
export const ACCOUNT_ADMINISTRATORS: readonly Role[] = ['administrator'];
export const GRANT_ADMINISTRATORS: readonly Role[] = ['administrator', 'province-coordinator'];

const params = (request: FastifyRequest) => request.params as Record<string, string | undefined>;

/** The unit managing the account in `:id`; an unknown user is answered like one out of scope. */
export async function accountUnit(request: FastifyRequest, modules: ModuleRef): Promise<string> {
  const { account } = await modules.get(UserDirectory, { strict: false }).find(params(request).id ?? '');
  if (account.status === 'unregistered') throw notFound();
  return account.unit;
}

/** The unit a new account is registered under; unknown or missing, validation answers with 400. */
export function registrationUnit(request: FastifyRequest, modules: ModuleRef): string | undefined {
  const unit = (request.body as { unit?: unknown } | undefined)?.unit;
  const units = modules.get<symbol, AdministrativeUnits>(ADMINISTRATIVE_UNITS, { strict: false });
  return typeof unit === 'string' && units.get(unit) ? unit : undefined;
}

export const unitParam = (request: FastifyRequest) => params(request).code ?? '';
