import type { Identity, RoleGrant } from './principal';
import { actsAs, grantLabel } from './principal';
import { DEPARTMENT_ROLES, READ_ONLY_ROLES, type Role } from './roles';
import type { AdministrativeUnits } from '@ntm/units';

/** What a route asks of the caller, evaluated for one request. */
export interface AccessRequest {
  readonly roles: readonly Role[];
  /** Writes refuse read-only roles (auditors). */
  readonly write: boolean;
  /** The unit the request is about; absent for routes without jurisdiction. */
  readonly unit?: string;
  /** The department the criterion is assigned to, for appraisal routes. */
  readonly department?: string;
  /**
   * The department that does that assignment's work today, where it is (the 2025 mergers: a retired
   * department's successor, in the province in force): its grant at that province is accepted too.
   */
  readonly routedTo?: { readonly unit: string; readonly department: string };
  /** The X-Acting-Role header, `role@unit`, when the caller chose a grant. */
  readonly acting?: string;
}

export type AccessDecision =
  | { readonly outcome: 'granted'; readonly grant: RoleGrant }
  | { readonly outcome: 'forbidden' }
  | { readonly outcome: 'out-of-scope' }
  | { readonly outcome: 'ambiguous'; readonly candidates: readonly string[] };

/**
 * Picks the grant a request runs under. Order matters: a missing role is 403 whatever the target,
 * a target outside every matching grant's jurisdiction is "out-of-scope" (the API answers 404 so
 * nobody learns a record exists elsewhere), a department that is not the criterion's is 403
 * (same province: nothing to hide), and several grants that all fit need X-Acting-Role.
 */
export function decideAccess(identity: Identity, request: AccessRequest, units: AdministrativeUnits): AccessDecision {
  const allowed = request.roles.filter((role) => !(request.write && READ_ONLY_ROLES.includes(role)));
  const chosen = identity.grants.filter((grant) => !request.acting || actsAs(grant, request.acting));
  const withRole = chosen.filter((grant) => allowed.includes(grant.role));
  if (withRole.length === 0) return { outcome: 'forbidden' };
  const target = request.unit;
  const inScope = target === undefined ? withRole : withRole.filter((grant) => units.isWithin(target, grant.unit));
  if (inScope.length === 0) return { outcome: 'out-of-scope' };
  const inDepartment = inScope.filter((grant) => coversDepartment(grant, request));
  if (inDepartment.length === 0) return { outcome: 'forbidden' };
  // A route about no department (a work queue, a read) is the same for all of one role's departments.
  const key = request.department === undefined ? roleAtUnit : grantLabel;
  const distinct = [...new Map(inDepartment.map((grant) => [key(grant), grant])).values()];
  if (distinct.length > 1) return { outcome: 'ambiguous', candidates: distinct.map(key) };
  return { outcome: 'granted', grant: distinct[0] };
}

const roleAtUnit = (grant: RoleGrant) => `${grant.role}@${grant.unit}`;

function coversDepartment(grant: RoleGrant, { department, routedTo }: AccessRequest): boolean {
  if (department === undefined || !DEPARTMENT_ROLES.includes(grant.role) || grant.department === department)
    return true;
  return grant.unit === routedTo?.unit && grant.department === routedTo.department;
}
