import { Inject, Injectable } from '@nestjs/common';

import { type AdministrativeUnits } from '@ntm/units';
import { departmentInForceErrors, grantFieldErrors, type ListedDepartment, type Principal, type Role } from '@ntm/auth';
import { vietnamDateOf } from '@ntm/calendar';
import { catalogueVersions } from '@ntm/catalogue';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { validationProblem } from '../platform/problem.exception';
import { grantNotAllowed, grantNotInForce } from './admin.problems';
import { DEPARTMENTS_IN_FORCE } from './admin.tokens';
import type { GrantRoleRequest } from './dto/user-commands.dto';

/** A coordinator staffs the procedure; who administers or audits it is the administrator's call. */
const RESERVED_TO_ADMINISTRATORS: readonly Role[] = ['administrator', 'province-coordinator', 'auditor'];

/**
 * The departments listed by the catalogue version published last on or before `on` (ISO date),
 * and the district divisions its regimes' district steps name (granted to district appraisers).
 */
export type DepartmentsInForce = (on: string) => readonly ListedDepartment[];

export const departmentsInForce: DepartmentsInForce = (on) => {
  const versions = catalogueVersions();
  const version = [...versions].reverse().find((v) => v.publishedAt <= on) ?? versions[0];
  const divisions = version.regimes.flatMap((regime) =>
    regime.steps.flatMap((step) => Object.values(step.divisions ?? {})),
  );
  return [...version.departments, ...[...new Set(divisions)].map((code) => ({ code }))];
};

/**
 * What makes a grant well-formed (400), in force today (422: a retired department or one of a
 * merged-away province), and what the caller may give (403), before it is decided.
 */
@Injectable()
export class GrantPolicy {
  constructor(
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    @Inject(DEPARTMENTS_IN_FORCE) private readonly departments: DepartmentsInForce,
  ) {}

  check(principal: Principal, grant: GrantRoleRequest, now: Date = new Date()): void {
    const errors = grantFieldErrors(grant, this.units);
    if (errors.length > 0) throw validationProblem(errors);
    const today = vietnamDateOf(now);
    const retired = departmentInForceErrors(grant, this.units, this.departments(today), today);
    if (retired.length > 0) throw grantNotInForce(retired);
    if (principal.role !== 'administrator' && RESERVED_TO_ADMINISTRATORS.includes(grant.role)) {
      throw grantNotAllowed(
        { vi: 'Chỉ quản trị viên được giao vai trò này', en: 'Only an administrator may grant this role' },
        'role',
      );
    }
    if (!this.units.isWithin(grant.unit, principal.unit)) {
      throw grantNotAllowed(
        { vi: 'Đơn vị nằm ngoài phạm vi quản lý của bạn', en: 'The unit is outside your jurisdiction' },
        'unit',
      );
    }
  }

  /** A new account's unit must exist; the guard already placed it within the caller's scope. */
  checkUnit(unit: string): void {
    if (!this.units.get(unit)) {
      throw validationProblem([{ field: 'unit', reason: 'đơn vị không có (unknown unit)' }]);
    }
  }
}
