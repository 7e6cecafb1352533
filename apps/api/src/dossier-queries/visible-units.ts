import { Inject, Injectable } from '@nestjs/common';

import type { Principal, ScopeFilter } from '@ntm/auth';

import { SCOPE_FILTER } from '../auth/auth.tokens';

/** The unit codes the caller sees through the grant it acts under: lists and counts never leave them. */
@Injectable()
export class VisibleUnits {
  constructor(@Inject(SCOPE_FILTER) private readonly scopeFilter: ScopeFilter) {}

  of(principal: Principal): readonly string[] {
    const acting = { role: principal.role, unit: principal.unit };
    return this.scopeFilter({ ...principal, grants: [acting] }, [principal.role]);
  }
}
