import { Inject, Injectable } from '@nestjs/common';

import type { Identity, Role, ScopeFilter } from '@ntm/auth';

import { notFound } from '../auth/auth.problems';
import { SCOPE_FILTER } from '../auth/auth.tokens';
import { STORED_EVENTS } from './audit.tokens';
import type { StoredEvents } from './stored-events';

/** Who reads the audit trail: auditors above all; coordinators and administrators of the same province too. */
export const AUDIT_READERS: readonly Role[] = ['auditor', 'province-coordinator', 'administrator'];
/** Who may ask for a hash-chain verification. */
export const VERIFIERS: readonly Role[] = ['auditor', 'administrator'];

/**
 * Jurisdiction of audit reads. A dossier is in scope when the unit or the province it was
 * registered for lies within one of the caller's grants of the route's roles; otherwise, and when
 * it does not exist, the answer is the same 404 (nobody learns that a dossier exists elsewhere).
 */
@Injectable()
export class AuditScope {
  constructor(
    @Inject(SCOPE_FILTER) private readonly scopeFilter: ScopeFilter,
    @Inject(STORED_EVENTS) private readonly stored: StoredEvents,
  ) {}

  units(caller: Identity, roles: readonly Role[] = AUDIT_READERS): readonly string[] {
    return this.scopeFilter(caller, roles);
  }

  async assertDossierInScope(caller: Identity, dossierId: string, roles: readonly Role[] = AUDIT_READERS) {
    const jurisdiction = await this.stored.jurisdictionOf(dossierId);
    const units = new Set(this.units(caller, roles));
    if (!jurisdiction?.some((unit) => units.has(unit))) throw notFound();
  }
}
