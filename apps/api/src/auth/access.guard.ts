import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import {
  type AccessDecision,
  actingAs,
  type AdministrativeUnits,
  decideAccess,
  type Identity,
  TokenRejected,
  type TokenVerifier,
} from '@ntm/auth';

import { ACCESS_RULE, type AccessRule, type AuthorizeOptions } from './authorize.decorator';
import { ambiguousActingRole, forbidden, notFound, unauthenticated } from './auth.problems';
import { ADMINISTRATIVE_UNITS, TOKEN_VERIFIER } from './auth.tokens';

const READ_METHODS = new Set(['GET', 'HEAD']);
const ACTING_ROLE_HEADER = 'x-acting-role';

/**
 * Deny by default: every route declares @Public, @Authenticated or @Authorize, or it is refused.
 * Authenticates the bearer token, then decides role + jurisdiction + department (libs/auth).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.identity = await this.authenticate(request);
    if (!rule) {
      throw forbidden({ vi: 'Đường dẫn chưa khai báo quyền truy cập', en: 'The route declares no access rule' });
    }
    if (rule.kind === 'authorized') await this.authorize(request, request.identity, rule);
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Identity> {
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length) throw unauthenticated('missing');
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) throw unauthenticated(error.reason);
      throw error;
    }
  }

  private async authorize(request: FastifyRequest, identity: Identity, rule: AuthorizeOptions): Promise<void> {
    const acting = request.headers[ACTING_ROLE_HEADER];
    const decision = decideAccess(
      identity,
      {
        roles: rule.roles,
        write: !READ_METHODS.has(request.method),
        ...(rule.scope ? { unit: await rule.scope(request) } : {}),
        ...(rule.department ? { department: await rule.department(request) } : {}),
        ...(typeof acting === 'string' ? { acting } : {}),
      },
      this.units,
    );
    request.principal = actingAs(identity, grantOf(decision));
  }
}

function grantOf(decision: AccessDecision) {
  switch (decision.outcome) {
    case 'granted':
      return decision.grant;
    case 'forbidden':
      throw forbidden({ vi: 'Vai trò của bạn không được làm việc này', en: 'None of your roles may do this' });
    case 'out-of-scope':
      throw notFound();
    case 'ambiguous':
      throw ambiguousActingRole(decision.candidates);
    default: {
      const unreachable: never = decision;
      return unreachable;
    }
  }
}
