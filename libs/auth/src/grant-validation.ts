import { DEPARTMENT_ROLES, isRole, ROLE_LEVELS } from './roles';
import type { AdministrativeUnits } from '@ntm/units';

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
 * exactly when the role needs one. With `departments` (codes of a catalogue version), the
 * department must also be one of them: the catalogue assigns criteria by these codes. Whether it
 * is still in force on a given day is `departmentInForceErrors`.
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

/** A department as a catalogue version lists it (libs/catalogue's Department, structurally). */
export interface ListedDepartment {
  readonly code: string;
  readonly mergedInto?: string;
  /** Where its tasks split by subject (set id -> criterion or indicator id -> successor). */
  readonly splitInto?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Last day it existed under this code. */
  readonly validTo?: string;
}

/**
 * An appraiser's department must exist on `on` (ISO date) where the grant places it: listed by the
 * catalogue version in force, not retired by the 2025 reorganisation of departments (e.g. Sở
 * NN&PTNT and Sở TN&MT merged into Sở NN&MT), in a province that still exists (Bắc Kạn joined
 * Thái Nguyên on 1/7/2025, and its departments with it). Each refusal names what to grant instead.
 */
export function departmentInForceErrors(
  grant: GrantRequest,
  units: AdministrativeUnits,
  departments: readonly ListedDepartment[],
  on: string,
): GrantFieldError[] {
  if (!grant.department) return [];
  const listed = departments.find((department) => department.code === grant.department);
  if (!listed) {
    return [{ field: 'department', reason: 'sở không có trong danh mục đang áp dụng (not in the catalogue in force)' }];
  }
  if (listed.validTo !== undefined && listed.validTo < on) return [retiredDepartment(listed, listed.validTo)];
  const province = [units.get(grant.unit), ...units.ancestors(grant.unit)].find((unit) => unit?.level === 'province');
  if (province?.validTo !== undefined && province.validTo < on) {
    const successors =
      units
        .successorsOf(province.code)
        .map((unit) => unit.code)
        .join(', ') || '?';
    return [
      {
        field: 'department',
        reason:
          `sở của ${province.name}, tỉnh đã sáp nhập vào ${successors} sau ngày ${province.validTo} ` +
          `(retired with its province: grant it at ${successors})`,
      },
    ];
  }
  return [];
}

/** The refusal of a retired department names every department its tasks went to. */
function retiredDepartment(listed: ListedDepartment, validTo: string): GrantFieldError {
  const successor = listed.mergedInto ?? '?';
  const split = [...new Set(Object.values(listed.splitInto ?? {}).flatMap((table) => Object.values(table)))];
  const parts = split.length > 0 ? ` (một phần nhiệm vụ sang ${split.join(', ')})` : '';
  const partsEn = split.length > 0 ? `; some tasks to ${split.join(', ')}` : '';
  return {
    field: 'department',
    reason: `sở đã hợp nhất vào ${successor}${parts} sau ngày ${validTo} (retired: merged into ${successor}${partsEn})`,
  };
}
