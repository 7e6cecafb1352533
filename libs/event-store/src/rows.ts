import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';

import type { EventMetadata, RecordedEvent } from './event';
import type { UpcasterRegistry } from './upcasters';

/** What the event store needs of `pg`: a Pool, or a client inside a caller's transaction. */
export interface Queryable {
  query<R extends QueryResultRow>(textOrConfig: string | QueryConfig, values?: unknown[]): Promise<QueryResult<R>>;
}

export interface EventRow {
  readonly global_position: string;
  readonly transaction_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recorded_at: Date;
  readonly prev_hash: string | null;
  readonly hash: string;
}

export const EVENT_COLUMNS = `global_position, transaction_id::text as transaction_id, stream_id, stream_version,
  event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash`;

export function toRecordedEvent(row: EventRow, upcasters: UpcasterRegistry): RecordedEvent {
  return upcasters.upcast({
    globalPosition: Number(row.global_position),
    transactionId: row.transaction_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    hash: row.hash,
  });
}
