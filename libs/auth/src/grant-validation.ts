import { DEPARTMENT_ROLES, isRole, ROLE_LEVELS } from './roles';
import type { AdministrativeUnits } from './units/administrative-units';

/** A grant as asked for, before it is known to be valid. */
export interface GrantRequest {
  readonly role: string;
  readonly unit: string;
  readonly department?: string;
}

export interface GrantFieldError {
  readonly field: 'role' | 'unit' | 'department';
  readonly reason: string;
}

/**
 * A grant names a known role, an existing unit of the level the role works at, and a department
 * exactly when the role needs one. With `departments` (the codes of the catalogue version in
 * force), the department must also be one of them: the catalogue assigns criteria by these codes.
 */
export function grantFieldErrors(
  grant: GrantRequest,
  units: AdministrativeUnits,
  departments?: ReadonlySet<string>,
): GrantFieldError[] {
  if (!isRole(grant.role)) return [{ field: 'role', reason: 'vai trò không có (unknown role)' }];
  const unit = units.get(grant.unit);
  const needsDepartment = DEPARTMENT_ROLES.includes(grant.role);
  const errors: GrantFieldError[] = [];
  if (!unit) errors.push({ field: 'unit', reason: 'đơn vị không có (unknown unit)' });
  else if (!ROLE_LEVELS[grant.role].includes(unit.level))
    errors.push({ field: 'unit', reason: `sai cấp ${unit.level} (wrong level)` });
  if (needsDepartment && !grant.department)
    errors.push({ field: 'department', reason: 'thiếu sở (department required)' });
  if (!needsDepartment && grant.department)
    errors.push({ field: 'department', reason: 'vai trò không gắn với sở (no department)' });
  if (needsDepartment && grant.department && departments && !departments.has(grant.department))
    errors.push({ field: 'department', reason: 'sở không có trong danh mục (not in the catalogue)' });
  return errors;
}
