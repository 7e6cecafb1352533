import type { Identity } from './principal';
import type { Role } from './roles';
import type { AdministrativeUnits } from '@ntm/units';

/** The unit codes a caller may see through the given roles: restrict list queries and counts to them. */
export type ScopeFilter = (caller: Identity, roles: readonly Role[]) => readonly string[];

/**
 * Union over the caller's grants with one of the roles of every unit within the grant's unit
 * (descendants and merged predecessors included), so no record outside scope appears in a list,
 * a count or a total. No matching grant: the empty list, and the query returns nothing.
 */
export function createScopeFilter(units: AdministrativeUnits): ScopeFilter {
  return (caller, roles) => {
    const scopes = new Set(caller.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.unit));
    return [...new Set([...scopes].flatMap((scope) => units.within(scope)))].sort();
  };
}
