import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { type AdministrativeUnits } from '@ntm/units';
import {
  type AccessDecision,
  actingAs,
  decideAccess,
  type Identity,
  TokenRejected,
  type TokenVerifier,
} from '@ntm/auth';

import { ACCESS_RULE, type AccessRule, type AuthorizeOptions } from './authorize.decorator';
import { ambiguousActingRole, forbidden, notFound, unauthenticated } from './auth.problems';
import { ADMINISTRATIVE_UNITS, TOKEN_VERIFIER } from './auth.tokens';
import { UserDirectory } from './user-directory';

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
    private readonly modules: ModuleRef,
    private readonly directory: UserDirectory,
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
    const admission = await this.directory.admit(await this.verified(token));
    if (!admission.admitted) throw unauthenticated('deactivated');
    return admission.identity;
  }

  private async verified(token: string): Promise<Identity> {
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) throw unauthenticated(error.reason);
      throw error;
    }
  }

  /**
   * The role is checked before the target is resolved: a caller without the role gets 403 whatever
   * the target, and resolvers (which may read the database) run only for callers who could pass;
   * the department is resolved only for a target within the caller's jurisdiction.
   */
  private async authorize(request: FastifyRequest, identity: Identity, rule: AuthorizeOptions): Promise<void> {
    const acting = request.headers[ACTING_ROLE_HEADER];
    const base = {
      roles: rule.roles,
      write: !READ_METHODS.has(request.method),
      ...(typeof acting === 'string' ? { acting } : {}),
    };
    refuseEarly(decideAccess(identity, base, this.units));
    const unit = await rule.scope?.(request, this.modules);
    const scoped = { ...base, ...(unit !== undefined ? { unit } : {}) };
    // Jurisdiction before department: a dossier elsewhere answers 404 before its criteria are looked at.
    refuseEarly(decideAccess(identity, scoped, this.units));
    const department = await rule.department?.(request, this.modules);
    const routedTo = await rule.routedTo?.(request, this.modules);
    const decision = decideAccess(
      identity,
      { ...scoped, ...(department !== undefined ? { department } : {}), ...(routedTo ? { routedTo } : {}) },
      this.units,
    );
    request.principal = actingAs(identity, grantOf(decision));
  }
}

/** A refusal settled before the next resolver runs; an ambiguity may still be settled by the department. */
function refuseEarly(decision: AccessDecision): void {
  if (decision.outcome === 'forbidden' || decision.outcome === 'out-of-scope') grantOf(decision);
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
