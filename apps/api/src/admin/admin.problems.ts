import type { FieldError } from '../platform/problem';
import { ProblemException } from '../platform/problem.exception';

/** The grant lies outside what the caller may give: other units are public, so nothing is hidden. */
export function grantNotAllowed(detail: { vi: string; en: string }, field: 'role' | 'unit'): ProblemException {
  return new ProblemException({
    code: 'forbidden',
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: detail,
    errors: [{ field, reason: detail.vi }],
  });
}

/** A well-formed grant naming what no longer exists today (a retired department): nothing is written. */
export function grantNotInForce(errors: readonly FieldError[]): ProblemException {
  const reasons = errors.map((error) => `${error.field}: ${error.reason}`).join('; ');
  return new ProblemException({
    code: 'grant.not-in-force',
    status: 422,
    title: { vi: 'Không thể giao vai trò này', en: 'The grant names something no longer in force' },
    detail: { vi: reasons, en: reasons },
    errors: errors,
  });
}
