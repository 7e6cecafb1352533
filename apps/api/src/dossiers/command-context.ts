import type { FastifyRequest } from 'fastify';

import type { CommandMetadata } from '@ntm/domain';

import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ProblemException } from '../platform/problem.exception';

/**
 * Who, when and which command: from the verified principal and the Idempotency-Key only, never
 * from the body. Extra fields (client address, request id) travel into the events' metadata.
 */
export function commandMetadata(request: FastifyRequest): CommandMetadata {
  const actor = requestActorMetadata(request);
  return {
    ...actor,
    commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor),
    now: new Date().toISOString(),
  };
}

/** `If-Match: W/"12"` (or `"12"`): the stream version the client last saw; absent means no check. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^(?:W\/)?"(\d+)"$/.exec(header.trim()) : null;
  if (!match) {
    throw new ProblemException(
      'validation',
      400,
      { vi: 'If-Match không hợp lệ', en: 'Invalid If-Match' },
      { vi: 'Dạng đúng: W/"<phiên bản>"', en: 'Expected W/"<version>"' },
      [{ field: 'If-Match', reason: 'W/"<số phiên bản>"' }],
    );
  }
  return Number(match[1]);
}

export const etagOf = (version: number) => `W/"${version}"`;

export function staleVersion(expected: number, actual: number): ProblemException {
  return new ProblemException(
    'dossier.version-changed',
    412,
    { vi: 'Hồ sơ đã thay đổi', en: 'The dossier has changed' },
    {
      vi: `Bạn đang xem phiên bản ${expected}, hồ sơ đã ở phiên bản ${actual}: tải lại trước khi thao tác.`,
      en: `You saw version ${expected}; the dossier is at version ${actual}: reload first.`,
    },
    [],
    { currentVersion: actual },
  );
}
