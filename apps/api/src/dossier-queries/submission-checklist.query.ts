import { Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { type SubmissionChecklist, submissionChecklist } from '@ntm/domain';

import { VisibleDossier } from './visible-dossier';

/** The submission dossier of the current round, folded from the dossier's own stream (no projection lag). */
@Injectable()
export class SubmissionChecklistQuery {
  constructor(private readonly dossiers: VisibleDossier) {}

  async run(
    principal: Principal,
    dossierId: string,
  ): Promise<SubmissionChecklist & { readonly dossierId: string; readonly version: number }> {
    const { state, version } = await this.dossiers.fold(principal, dossierId);
    // A visible dossier is registered: its checklist exists, empty where the pinned regime lists none.
    const checklist = submissionChecklist(state) ?? { round: 0, items: [], missing: [], open: false };
    return { dossierId, version, ...checklist };
  }
}
