import { Inject, Injectable } from '@nestjs/common';

import {
  type AuditState,
  buildTimeline,
  diffStates,
  type Directory,
  filterTimeline,
  stateOf,
  type StateDiff,
  type TimelineEntry,
  type TimelineFilter,
} from '@ntm/audit';
import {
  dossierDocumentStreamId,
  dossierEvidenceStreamId,
  dossierNoticeStreamId,
  dossierStreamId,
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '@ntm/event-store';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { PersonNames } from '../auth/person-names';
import { type HistoryPoint, readOptions } from './point';

/** The streams of a dossier's history: its own first, then its notices, its evidence files and its documents handed out. */
export const dossierStreamIds = (dossierId: string): string[] => [
  dossierStreamId(dossierId),
  dossierNoticeStreamId(dossierId),
  dossierEvidenceStreamId(dossierId),
  dossierDocumentStreamId(dossierId),
];

/** A dossier's history straight from the event store (never from read models): timeline, state at a point, diff. */
@Injectable()
export class DossierHistory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: Pick<AdministrativeUnits, 'get'>,
    @Inject(PersonNames) private readonly people: Pick<PersonNames, 'of'>,
  ) {}

  /**
   * The whole history as sentences naming people and units, each entry in its round, and the state
   * it ends in: one read of the dossier's streams serves both (the archive needs both).
   */
  async story(dossierId: string): Promise<{ entries: TimelineEntry[]; state: AuditState }> {
    const [dossier, ...beside] = await Promise.all(
      dossierStreamIds(dossierId).map((streamId) => this.store.readStream(streamId)),
    );
    const besideEvents = beside.flat();
    const directory = await this.directory([...dossier!, ...besideEvents]);
    return { entries: buildTimeline(dossier!, besideEvents, directory), state: stateOf(dossier!) };
  }

  async timeline(dossierId: string, filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
    return filterTimeline((await this.story(dossierId)).entries, filter);
  }

  /** The people the sentences name: who acted, on whose behalf, and the member a ballot counts for. */
  private async directory(events: readonly RecordedEvent[]): Promise<Directory> {
    const ids = events.flatMap(({ metadata, data }) => [
      metadata.actor,
      metadata.onBehalfOf,
      (data as { memberId?: unknown }).memberId,
    ]);
    const names = await this.people.of([...new Set(ids.filter((id): id is string => typeof id === 'string'))]);
    return { personName: (id) => names.get(id), unitName: (code) => this.units.get(code)?.name };
  }

  async stateAt(dossierId: string, point: HistoryPoint): Promise<AuditState> {
    return stateOf(await this.store.readStream(dossierStreamId(dossierId), readOptions(point)));
  }

  async diff(dossierId: string, from: HistoryPoint, to: HistoryPoint): Promise<StateDiff> {
    const [before, after] = await Promise.all([this.stateAt(dossierId, from), this.stateAt(dossierId, to)]);
    return diffStates(before, after);
  }
}
