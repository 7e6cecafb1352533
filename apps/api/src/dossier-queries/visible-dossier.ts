import { Inject, Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { aggregate, type DossierEvent, type FiledDossier } from '@ntm/domain';
import { dossierStreamId, EVENT_STORE, type EventStore, type RecordedEvent } from '@ntm/event-store';
import { toDossierEvent } from '@ntm/projections';

import { notFound } from '../auth/auth.problems';
import { VisibleUnits } from './visible-units';

export interface FoldedDossier {
  readonly state: FiledDossier;
  readonly events: readonly DossierEvent[];
  /** The stream version folded: the answer's ETag. */
  readonly version: number;
  /** The stream's events as recorded (ids, times), for what a view derives from them. */
  readonly recorded: readonly RecordedEvent[];
}

/**
 * A dossier folded from its own stream, for views the read models do not keep; one outside the
 * caller's units is not found, as one that does not exist.
 */
@Injectable()
export class VisibleDossier {
  constructor(
    private readonly visibleUnits: VisibleUnits,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async fold(principal: Principal, dossierId: string): Promise<FoldedDossier> {
    const recorded = await this.store.readStream(dossierStreamId(dossierId));
    const events = recorded.flatMap((event) => toDossierEvent(event) ?? []);
    const state = aggregate(events);
    if (state.status === 'unregistered' || !this.visibleUnits.of(principal).includes(state.dossier.unit.code))
      throw notFound();
    return { state, events, version: recorded.at(-1)?.streamVersion ?? 0, recorded };
  }
}
