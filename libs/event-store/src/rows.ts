import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';

import type { EventMetadata, RecordedEvent } from './event';
import type { StoredLink } from './hash-chain';
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

/** A row as hashed (the transaction id plays no part in the chain): what an audit reads, never upcast. */
export type StoredRow = Omit<EventRow, 'transaction_id'>;

/** The columns of a `StoredRow`, from the events table aliased `e`. */
export const STORED_COLUMNS = `e.global_position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version,
  e.data, e.metadata, e.recorded_at, e.prev_hash, e.hash`;

export function toStoredLink(row: StoredRow): StoredLink {
  return {
    position: Number(row.global_position),
    streamId: row.stream_id,
    version: row.stream_version,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

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
