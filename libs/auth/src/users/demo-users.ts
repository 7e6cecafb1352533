import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { grantFieldErrors } from '../grant-validation';
import { type Identity, type RoleGrant, roleGrantSchema } from '../principal';
import type { AdministrativeUnits } from '@ntm/units';

export const DEMO_USERS_FILE = join(__dirname, '..', '..', 'data', 'demo-users.yaml');

const demoUsersFileSchema = z.strictObject({
  users: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'chữ thường, số, gạch nối (lowercase, digits, hyphens)'),
        name: z.string().trim().min(1),
        grants: z.array(roleGrantSchema).min(1),
      }),
    )
    .min(1),
});

/** The demo users of the development and test profiles, by id. */
export type DemoUsers = ReadonlyMap<string, Identity>;

export class GrantDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Quyền của người dùng không hợp lệ (invalid grants):\n  ${problems.join('\n  ')}`);
    this.name = 'GrantDataError';
  }
}

export function loadDemoUsers(units: AdministrativeUnits, path: string = DEMO_USERS_FILE): DemoUsers {
  const file = demoUsersFileSchema.parse(parse(readFileSync(path, 'utf8')));
  const problems = file.users.flatMap((user) => user.grants.flatMap((grant) => grantProblems(grant, units)));
  if (problems.length) throw new GrantDataError(problems);
  return new Map(file.users.map((user) => [user.id, { userId: user.id, name: user.name, grants: user.grants }]));
}

/** The problems of a grant, each prefixed with `role@unit` (for data files). */
export function grantProblems(
  grant: RoleGrant,
  units: AdministrativeUnits,
  departments?: ReadonlySet<string>,
): string[] {
  return grantFieldErrors(grant, units, departments).map((error) => `${grant.role}@${grant.unit}: ${error.reason}`);
}
