import type { AccountRefusal } from '@ntm/auth';

import type { FieldError } from '../platform/problem';
import { ProblemException } from '../platform/problem.exception';

const REFUSALS: Record<AccountRefusal, { status: number; vi: string; en: string }> = {
  'user-exists': { status: 409, vi: 'Người dùng đã được đăng ký', en: 'The user is already registered' },
  'user-not-found': { status: 404, vi: 'Không tìm thấy người dùng', en: 'No such user' },
  'user-deactivated': { status: 409, vi: 'Tài khoản đã bị vô hiệu hoá', en: 'The user account is deactivated' },
  'grant-held': { status: 409, vi: 'Người dùng đã có vai trò này', en: 'The user already holds this grant' },
  'grant-not-found': { status: 404, vi: 'Không tìm thấy vai trò được giao', en: 'No such grant' },
};

export function accountRefused(refusal: AccountRefusal): ProblemException {
  const { status, vi, en } = REFUSALS[refusal];
  return new ProblemException({ code: `user.${refusal}`, status: status, title: { vi, en } });
}

/** If-Match named a version the account has moved on from. */
export function accountChanged(expected: number, actual: number): ProblemException {
  return new ProblemException({
    code: 'user.version-changed',
    status: 412,
    title: { vi: 'Tài khoản đã thay đổi', en: 'The user account has changed' },
    detail: {
      vi: `Bạn đang xem phiên bản ${expected}, tài khoản đã ở phiên bản ${actual}: tải lại trước khi thao tác.`,
      en: `You saw version ${expected}; the account is at version ${actual}: reload first.`,
    },
    extensions: { currentVersion: actual },
  });
}

/** Another write got there first and the client gave no If-Match: retrying is safe. */
export function concurrentWrite(actual: number): ProblemException {
  return new ProblemException({
    code: 'user.concurrent-write',
    status: 409,
    title: { vi: 'Tài khoản vừa được thay đổi đồng thời', en: 'The account changed concurrently' },
    detail: { vi: 'Gửi lại yêu cầu.', en: 'Send the request again.' },
    extensions: { currentVersion: actual },
  });
}

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
