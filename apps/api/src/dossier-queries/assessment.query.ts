import { Inject, Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { aggregate, type AssessmentView, assessmentView } from '@ntm/domain';
import { dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';
import { toDossierEvent } from '@ntm/projections';

import { notFound } from '../auth/auth.problems';
import { VisibleUnits } from './visible-units';

/**
 * The values, evidence and thresholds of the current round, folded from the dossier's own stream:
 * the read models keep counts and verdicts, not what the commune entered.
 */
@Injectable()
export class AssessmentQuery {
  constructor(
    private readonly visibleUnits: VisibleUnits,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async run(
    principal: Principal,
    dossierId: string,
  ): Promise<AssessmentView & { readonly dossierId: string; readonly version: number }> {
    const recorded = await this.store.readStream(dossierStreamId(dossierId));
    const events = recorded.flatMap((event) => toDossierEvent(event) ?? []);
    const state = aggregate(events);
    if (state.status === 'unregistered' || !this.visibleUnits.of(principal).includes(state.dossier.unit.code))
      throw notFound();
    return { dossierId, version: recorded.at(-1)?.streamVersion ?? 0, ...assessmentView(state, events) };
  }
}
