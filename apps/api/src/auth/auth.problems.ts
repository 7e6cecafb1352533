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
  return new ProblemException({
    code: 'unauthenticated',
    status: 401,
    title: { vi: 'Chưa xác thực', en: 'Unauthenticated' },
    detail: REJECTION_TEXT[reason],
    extensions: { reason },
  });
}

export function forbidden(detail: { vi: string; en: string }): ProblemException {
  return new ProblemException({
    code: 'forbidden',
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: detail,
  });
}

/** Out of the caller's jurisdiction: the same answer as a record that does not exist. */
export function notFound(): ProblemException {
  return new ProblemException({ code: 'not-found', status: 404, title: { vi: 'Không tìm thấy', en: 'Not found' } });
}

export function ambiguousActingRole(candidates: readonly string[]): ProblemException {
  const list = candidates.join(', ');
  return new ProblemException({
    code: 'acting-role-required',
    status: 400,
    title: { vi: 'Cần chọn vai trò', en: 'Acting role required' },
    detail: {
      vi: `Người dùng có nhiều vai trò phù hợp; chọn một bằng tiêu đề X-Acting-Role: ${list}`,
      en: `Several of your roles fit; choose one with the X-Acting-Role header: ${list}`,
    },
    errors: [{ field: 'X-Acting-Role', reason: `một trong (one of): ${list}` }],
    extensions: { candidates },
  });
}

export function rateLimited(retryAfterSeconds: number): ProblemException {
  return new ProblemException({
    code: 'rate-limited',
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    detail: {
      vi: `Đăng nhập quá nhiều lần; thử lại sau ${retryAfterSeconds} giây`,
      en: `Too many login attempts; retry in ${retryAfterSeconds} seconds`,
    },
  });
}
