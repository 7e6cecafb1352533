import type { RejectionReason } from '@ntm/auth';

import { ProblemException } from '../platform/problem.exception';

/** `deactivated`: a valid token of a user account the administrators deactivated. */
type UnauthenticatedReason = RejectionReason | 'missing' | 'deactivated';

const REJECTION_TEXT: Record<UnauthenticatedReason, { vi: string; en: string }> = {
  missing: { vi: 'Thiếu mã truy cập (Authorization: Bearer …)', en: 'Missing bearer token' },
  expired: { vi: 'Mã truy cập đã hết hạn', en: 'The token has expired' },
  malformed: { vi: 'Mã truy cập không đúng định dạng', en: 'The token is malformed' },
  'invalid-signature': { vi: 'Chữ ký của mã truy cập không hợp lệ', en: 'The token signature is invalid' },
  'invalid-claims': { vi: 'Nội dung mã truy cập không hợp lệ', en: 'The token claims are invalid' },
  deactivated: { vi: 'Tài khoản đã bị vô hiệu hoá', en: 'The user account is deactivated' },
};

export function unauthenticated(reason: UnauthenticatedReason): ProblemException {
  return new ProblemException(
    'unauthenticated',
    401,
    { vi: 'Chưa xác thực', en: 'Unauthenticated' },
    REJECTION_TEXT[reason],
    [],
    { reason },
  );
}

export function forbidden(detail: { vi: string; en: string }): ProblemException {
  return new ProblemException('forbidden', 403, { vi: 'Không có quyền', en: 'Forbidden' }, detail);
}

/** Out of the caller's jurisdiction: the same answer as a record that does not exist. */
export function notFound(): ProblemException {
  return new ProblemException('not-found', 404, { vi: 'Không tìm thấy', en: 'Not found' });
}

export function ambiguousActingRole(candidates: readonly string[]): ProblemException {
  const list = candidates.join(', ');
  return new ProblemException(
    'acting-role-required',
    400,
    { vi: 'Cần chọn vai trò', en: 'Acting role required' },
    {
      vi: `Người dùng có nhiều vai trò phù hợp; chọn một bằng tiêu đề X-Acting-Role: ${list}`,
      en: `Several of your roles fit; choose one with the X-Acting-Role header: ${list}`,
    },
    [{ field: 'X-Acting-Role', reason: `một trong (one of): ${list}` }],
    { candidates },
  );
}

export function rateLimited(retryAfterSeconds: number): ProblemException {
  return new ProblemException(
    'rate-limited',
    429,
    { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    {
      vi: `Đăng nhập quá nhiều lần; thử lại sau ${retryAfterSeconds} giây`,
      en: `Too many login attempts; retry in ${retryAfterSeconds} seconds`,
    },
  );
}
