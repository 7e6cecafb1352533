import { Inject, Injectable } from '@nestjs/common';

import { type AdministrativeUnits, grantFieldErrors, type Principal, type Role } from '@ntm/auth';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { validationProblem } from '../platform/problem.exception';
import { grantNotAllowed } from './admin.problems';
import { CATALOGUE_DEPARTMENTS } from './admin.tokens';
import type { GrantRoleRequest } from './dto/user-commands.dto';

/** A coordinator staffs the procedure; who administers or audits it is the administrator's call. */
const RESERVED_TO_ADMINISTRATORS: readonly Role[] = ['administrator', 'province-coordinator', 'auditor'];

/** What makes a grant valid (400) and what the caller may give (403), before it is decided. */
@Injectable()
export class GrantPolicy {
  constructor(
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    @Inject(CATALOGUE_DEPARTMENTS) private readonly departments: ReadonlySet<string>,
  ) {}

  check(principal: Principal, grant: GrantRoleRequest): void {
    const errors = grantFieldErrors(grant, this.units, this.departments);
    if (errors.length > 0) throw validationProblem(errors);
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
