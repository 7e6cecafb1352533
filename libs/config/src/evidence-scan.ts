import { z } from 'zod';

/** clamd's TCPSocket as host:port ([v6]:port), or the absolute path of its LocalSocket. */
export const clamdAddress = z
  .string()
  .trim()
  .regex(
    /^(\/.+|\[[0-9A-Fa-f:.]+\]:\d{1,5}|[A-Za-z0-9.-]+:\d{1,5})$/,
    'phải có dạng host:port (ví dụ 127.0.0.1:3310) hoặc đường dẫn tuyệt đối của socket, ví dụ /run/clamav/clamd.ctl (host:port or an absolute socket path)',
  );

/** Scanning is asked for only with somewhere to scan: EVIDENCE_SCAN=clamd without CLAMD_ADDRESS stops the start. */
export function resolveEvidenceScan<T extends { EVIDENCE_SCAN: 'off' | 'clamd'; CLAMD_ADDRESS?: string }>(
  config: T,
  context: z.RefinementCtx,
): T {
  if (config.EVIDENCE_SCAN === 'clamd' && config.CLAMD_ADDRESS === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['CLAMD_ADDRESS'],
      message: 'bắt buộc khi EVIDENCE_SCAN=clamd (required with EVIDENCE_SCAN=clamd: host:port or a socket path)',
    });
  }
  return config;
}
