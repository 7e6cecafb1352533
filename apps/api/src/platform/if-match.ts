import type { FastifyRequest } from 'fastify';

import { ProblemException } from '../platform/problem.exception';

/** `If-Match: W/"12"` (or `"12"`): the stream version the client last saw; absent means no check. */
export function ifMatchVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^(?:W\/)?"(\d+)"$/.exec(header.trim()) : null;
  if (!match) {
    throw new ProblemException({
      code: 'validation',
      status: 400,
      title: { vi: 'If-Match không hợp lệ', en: 'Invalid If-Match' },
      detail: { vi: 'Dạng đúng: W/"<phiên bản>"', en: 'Expected W/"<version>"' },
      errors: [{ field: 'If-Match', reason: 'W/"<số phiên bản>"' }],
    });
  }
  return Number(match[1]);
}

export const etagOf = (version: number) => `W/"${version}"`;
