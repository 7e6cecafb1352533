import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { type ActorMetadata, actorMetadata, type Identity, type Principal } from '@ntm/auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the AccessGuard from the verified token. */
    identity?: Identity;
    /** Set by the AccessGuard on @Authorize routes: the identity acting under one grant. */
    principal?: Principal;
  }
}

/** The principal of an @Authorize route; reaching here without one is a wiring mistake. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('No principal: the route is not declared with @Authorize');
  return request.principal;
}

/**
 * The metadata of the commands this request issues: the actor comes from the token, the
 * correlation id is the request id, the address is the one Fastify saw. Nothing the client put in
 * a body or header (an `actor` field, X-Actor) is read.
 */
export function requestActorMetadata(request: FastifyRequest): ActorMetadata {
  return actorMetadata(principalOf(request), { requestId: String(request.id), clientAddress: request.ip });
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>();

/** The caller as authorised for this route (identity + acting grant). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context) => principalOf(requestOf(context)));

/** The caller's verified identity, with every grant. */
export const CurrentIdentity = createParamDecorator((_: unknown, context) => {
  const identity = requestOf(context).identity;
  if (!identity) throw new Error('No identity: the route is public');
  return identity;
});
