import { z } from 'zod';

import { isRole, type Role } from './roles';

/** A role held for one administrative unit; appraisers also for one department (Sở). */
export interface RoleGrant {
  readonly role: Role;
  readonly unit: string;
  readonly department?: string;
}

export const roleGrantSchema = z.strictObject({
  role: z.string().refine(isRole, 'vai trò không có (unknown role)'),
  unit: z.string().trim().min(1),
  department: z.string().trim().min(1).optional(),
}) as z.ZodType<RoleGrant>;

/** Who the token says the caller is, with every grant they hold. */
export interface Identity {
  readonly userId: string;
  readonly name: string;
  readonly grants: readonly RoleGrant[];
  /** The user the caller acts for (delegation issued by the identity provider, RFC 8693 `act`). */
  readonly onBehalfOf?: string;
}

/** The caller as the authorisation decided: the identity and the one grant it acts under. */
export interface Principal extends Identity {
  readonly role: Role;
  readonly unit: string;
  readonly department?: string;
}

export function actingAs(identity: Identity, grant: RoleGrant): Principal {
  return {
    ...identity,
    role: grant.role,
    unit: grant.unit,
    ...(grant.department ? { department: grant.department } : {}),
  };
}

/** `role@unit`, the form of the X-Acting-Role header. */
export const grantLabel = (grant: Pick<RoleGrant, 'role' | 'unit'>) => `${grant.role}@${grant.unit}`;
