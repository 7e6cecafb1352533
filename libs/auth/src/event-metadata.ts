import type { Principal } from './principal';

/** Who did it, in which capacity, from where: the metadata every command and event carries. */
export interface ActorMetadata {
  readonly actor: string;
  readonly role: string;
  readonly unit: string;
  readonly department?: string;
  readonly onBehalfOf?: string;
  readonly clientAddress: string;
  /** The HTTP request id, echoed in X-Request-Id and in the logs. */
  readonly correlationId: string;
}

export interface RequestOrigin {
  readonly requestId: string;
  readonly clientAddress: string;
}

/**
 * Derived from the verified principal only: an `actor`, `role` or `unit` the client sends in a
 * body or header is never read, so nobody can record an act in someone else's name.
 */
export function actorMetadata(principal: Principal, origin: RequestOrigin): ActorMetadata {
  return {
    actor: principal.userId,
    role: principal.role,
    unit: principal.unit,
    ...(principal.department ? { department: principal.department } : {}),
    ...(principal.onBehalfOf ? { onBehalfOf: principal.onBehalfOf } : {}),
    clientAddress: origin.clientAddress,
    correlationId: origin.requestId,
  };
}
