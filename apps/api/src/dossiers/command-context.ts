import type { FastifyRequest } from 'fastify';

import type { CommandMetadata } from '@ntm/domain';

import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';

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
