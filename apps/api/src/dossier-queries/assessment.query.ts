import { Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { type AssessmentView, assessmentView } from '@ntm/domain';

import { VisibleDossier } from './visible-dossier';

/**
 * The values, evidence and thresholds of the current round, folded from the dossier's own stream:
 * the read models keep counts and verdicts, not what the commune entered.
 */
@Injectable()
export class AssessmentQuery {
  constructor(private readonly dossiers: VisibleDossier) {}

  async run(
    principal: Principal,
    dossierId: string,
  ): Promise<AssessmentView & { readonly dossierId: string; readonly version: number }> {
    const { state, events, version } = await this.dossiers.fold(principal, dossierId);
    return { dossierId, version, ...assessmentView(state, events) };
  }
}
