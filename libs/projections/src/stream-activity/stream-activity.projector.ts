import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager } from 'typeorm';

import { ALL_EVENTS, type Projector } from '../projector';
import { StreamActivity } from './stream-activity.entity';

type ActivityDelta = Omit<StreamActivity, 'streamId'>;

/** Folds a batch per stream in memory; events arrive in version order within each stream. */
export function activityDeltas(events: readonly RecordedEvent[]): Map<string, ActivityDelta> {
  const deltas = new Map<string, ActivityDelta>();
  for (const event of events) {
    const seen = deltas.get(event.streamId);
    deltas.set(event.streamId, {
      eventCount: (seen?.eventCount ?? 0) + 1,
      firstRecordedAt: seen?.firstRecordedAt ?? event.recordedAt,
      lastVersion: event.streamVersion,
      lastEventType: event.type,
      lastRecordedAt: event.recordedAt,
    });
  }
  return deltas;
}

/** One upsert per batch: rebuilding hundreds of thousands of events stays fast. */
async function applyStreamActivity(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const deltas = [...activityDeltas(events)];
  const table = manager.connection.getMetadata(StreamActivity).tablePath;
  await manager.query(
    `insert into ${table} as a
       (stream_id, event_count, first_recorded_at, last_version, last_event_type, last_recorded_at)
     select * from unnest($1::text[], $2::integer[], $3::timestamptz[], $4::integer[], $5::text[], $6::timestamptz[])
     on conflict (stream_id) do update set
       event_count = a.event_count + excluded.event_count,
       last_version = excluded.last_version,
       last_event_type = excluded.last_event_type,
       last_recorded_at = excluded.last_recorded_at`,
    [
      deltas.map(([streamId]) => streamId),
      deltas.map(([, delta]) => delta.eventCount),
      deltas.map(([, delta]) => delta.firstRecordedAt),
      deltas.map(([, delta]) => delta.lastVersion),
      deltas.map(([, delta]) => delta.lastEventType),
      deltas.map(([, delta]) => delta.lastRecordedAt),
    ],
  );
}

export const streamActivityProjector: Projector = {
  name: 'stream_activity',
  handles: ALL_EVENTS,
  owns: [StreamActivity],
  apply: applyStreamActivity,
};
