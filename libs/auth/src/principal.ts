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

/**
 * `role@unit`, or `role@unit/DEPARTMENT` for an appraiser: the form of the X-Acting-Role header. A
 * header without the department stands for every department the user holds that role for there.
 */
export const grantLabel = (grant: RoleGrant) =>
  `${grant.role}@${grant.unit}${grant.department ? `/${grant.department}` : ''}`;

/** Whether the X-Acting-Role header names this grant, or its role at its unit (any department). */
export const actsAs = (grant: RoleGrant, acting: string) =>
  grantLabel(grant) === acting || `${grant.role}@${grant.unit}` === acting;

/** The departments the principal holds its role for at its unit: an appraiser's work queue covers them all. */
export const departmentsOf = (principal: Principal): string[] =>
  principal.grants.flatMap((grant) =>
    grant.role === principal.role && grant.unit === principal.unit && grant.department ? [grant.department] : [],
  );
