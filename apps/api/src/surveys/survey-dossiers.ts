import { Inject, Injectable } from '@nestjs/common';

import { aggregate, type DossierEvent, type DossierState } from '@ntm/domain';
import { decodeEvent, dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

/** The dossier as its stream records it (the pinned regime, the round, the survey so far). */
@Injectable()
export class SurveyDossiers {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async state(dossierId: string): Promise<DossierState> {
    const recorded = await this.store.readStream(dossierStreamId(dossierId));
    return aggregate(recorded.map((event) => decodeEvent<DossierEvent>(event)));
  }
}
