import { Inject, Injectable } from '@nestjs/common';

import {
  type AuditState,
  buildTimeline,
  diffStates,
  filterTimeline,
  stateOf,
  type StateDiff,
  type TimelineEntry,
  type TimelineFilter,
} from '@ntm/audit';
import { dossierNoticeStreamId, dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

import { type HistoryPoint, readOptions } from './point';

/** A dossier's history straight from the event store (never from read models): timeline, state at a point, diff. */
@Injectable()
export class DossierHistory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async timeline(dossierId: string, filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
    const [dossier, notices] = await Promise.all([
      this.store.readStream(dossierStreamId(dossierId)),
      this.store.readStream(dossierNoticeStreamId(dossierId)),
    ]);
    return filterTimeline(buildTimeline(dossier, notices), filter);
  }

  async stateAt(dossierId: string, point: HistoryPoint): Promise<AuditState> {
    return stateOf(await this.store.readStream(dossierStreamId(dossierId), readOptions(point)));
  }

  async diff(dossierId: string, from: HistoryPoint, to: HistoryPoint): Promise<StateDiff> {
    const [before, after] = await Promise.all([this.stateAt(dossierId, from), this.stateAt(dossierId, to)]);
    return diffStates(before, after);
  }
}
