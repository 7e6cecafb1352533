import type { AdministrativeUnits } from '@ntm/units';

import { ProblemException } from '../platform/problem.exception';

/**
 * Calendars and catalogue publications are kept by the provinces in force (since 1/7/2025, the 34):
 * any other code is answered 404, with a code of its own so a caller tells it from a missing route.
 */
export function requireProvinceInForce(units: AdministrativeUnits, code: string): void {
  const unit = units.get(code);
  if (unit?.level === 'province' && unit.validTo === undefined) return;
  throw provinceNotInForce(code);
}

/** Also the answer for a province outside the caller's jurisdiction: as if it did not exist. */
export function provinceNotInForce(code: string): ProblemException {
  return new ProblemException({
    code: 'province.not-in-force',
    status: 404,
    title: { vi: 'Không phải tỉnh đang có hiệu lực', en: 'Not a province in force' },
    detail: { vi: `${code} không phải là tỉnh đang có hiệu lực.`, en: `${code} is not a province in force.` },
  });
}
