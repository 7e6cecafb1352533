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

export function staleVersion(expected: number, actual: number): ProblemException {
  return new ProblemException({
    code: 'dossier.version-changed',
    status: 412,
    title: { vi: 'Hồ sơ đã thay đổi', en: 'The dossier has changed' },
    detail: {
      vi: `Bạn đang xem phiên bản ${expected}, hồ sơ đã ở phiên bản ${actual}: tải lại trước khi thao tác.`,
      en: `You saw version ${expected}; the dossier is at version ${actual}: reload first.`,
    },
    extensions: { currentVersion: actual },
  });
}
