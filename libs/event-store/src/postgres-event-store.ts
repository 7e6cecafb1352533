import { DatabaseError, Pool } from 'pg';

import { AppendSignal } from './append-signal';
import { appendStatements, type EncodedEvent } from './append-statements';
import { EventIdConflict, isUnstorable, SQLSTATE, StreamVersionConflict, UnstorableEvents } from './errors';
import type { AppendResult, ExpectedVersion, LogPosition, NewEvent, RecordedEvent } from './event';
import type { Aggregate, AggregateResult, Backlog, EventLog, EventStore, ReadStreamOptions } from './event-store.port';
import { EVENT_COLUMNS, type EventRow, type Queryable, toRecordedEvent } from './rows';
import { UpcasterRegistry } from './upcasters';

export interface PostgresEventStoreOptions {
  readonly upcasters?: UpcasterRegistry;
  /** A failed wake-up NOTIFY (the append itself succeeded; subscribers poll anyway). */
  readonly onNotifyError?: (error: unknown) => void;
}

interface AppendedRow {
  readonly appended_position: string;
  readonly appended_version: number;
}

/** The event store on PostgreSQL through `pg`: one round trip per append (see the migration). */
export class PostgresEventStore implements EventStore, EventLog {
  private readonly upcasters: UpcasterRegistry;
  private readonly signal: AppendSignal;

  constructor(
    private readonly db: Queryable,
    options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.signal = new AppendSignal(db, options.onNotifyError ?? (() => undefined));
  }

  async append(streamId: string, expectedVersion: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError(`append to ${streamId}: no events`);
    const rows = await this.callAppend(streamId, expectedVersion, events).catch((error: unknown) => {
      throw translate(error, streamId, expectedVersion);
    });
    this.signal.raise();
    return {
      nextExpectedVersion: Math.max(...rows.map((row) => row.appended_version)),
      positions: rows.map((row) => Number(row.appended_position)),
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const where = ['stream_id = $1'];
    const values: unknown[] = [streamId];
    const bound = (condition: string, value: unknown) => {
      values.push(value);
      where.push(`${condition} $${values.length}`);
    };
    if (options.fromVersion !== undefined)
      bound(backwards ? 'stream_version <=' : 'stream_version >=', options.fromVersion);
    if (options.toVersion !== undefined) bound('stream_version <=', options.toVersion);
    if (options.asOf !== undefined) bound('recorded_at <=', options.asOf);
    values.push(options.maxCount ?? null);
    const { rows } = await this.db.query<EventRow>(
      `select ${EVENT_COLUMNS} from event_store.events where ${where.join(' and ')}
       order by stream_version ${backwards ? 'desc' : 'asc'} limit $${values.length}`,
      values,
    );
    return rows.map((row) => toRecordedEvent(row, this.upcasters));
  }

  async aggregateStream<State>(
    streamId: string,
    aggregate: Aggregate<State>,
    options: Pick<ReadStreamOptions, 'toVersion' | 'asOf'> = {},
  ): Promise<AggregateResult<State>> {
    const events = await this.readStream(streamId, options);
    return {
      state: events.reduce(aggregate.evolve, aggregate.initialState()),
      version: events.at(-1)?.streamVersion ?? 0,
    };
  }

  async readAll(after: LogPosition, batchSize: number): Promise<RecordedEvent[]> {
    const { rows } = await this.db.query<EventRow>(
      // Qualified names: a bare ORDER BY transaction_id would sort by the text output column.
      `select ${EVENT_COLUMNS} from event_store.events e
       where (e.transaction_id, e.global_position) > ($1::xid8, $2)
         and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       order by e.transaction_id, e.global_position limit $3`,
      [after.transactionId, after.globalPosition, batchSize],
    );
    return rows.map((row) => toRecordedEvent(row, this.upcasters));
  }

  async backlog(after: LogPosition): Promise<Backlog> {
    const { rows } = await this.db.query<{ events: number; oldest: Date | null }>(
      `select count(*)::integer as events, min(recorded_at) as oldest from event_store.events
       where (transaction_id, global_position) > ($1::xid8, $2)`,
      [after.transactionId, after.globalPosition],
    );
    return { events: rows[0].events, oldestRecordedAt: rows[0].oldest };
  }

  /** Waits for pending wake-up notifications, so the pool can be closed cleanly. */
  drain(): Promise<void> {
    return this.signal.drain();
  }

  /**
   * One statement, as almost every append is; a large one (an import's chunk events) as several
   * statements in one transaction, each continuing the chain at the version the previous one
   * reached: the advisory lock, taken by the first, holds the stream until commit.
   */
  private async callAppend(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<AppendedRow[]> {
    const statements = appendStatements(events);
    const first = statements.next();
    if (first.done) return []; // `append` refuses an empty batch before
    const expected = expectedVersionParameter(expectedVersion);
    const second = statements.next();
    if (second.done) return this.appendStatement(this.db, streamId, expected, first.value);
    return this.inTransaction(async (db) => {
      const rows = await this.appendStatement(db, streamId, expected, first.value);
      for (let next: IteratorResult<EncodedEvent[]> = second; !next.done; next = statements.next()) {
        const reached = Math.max(...rows.map((row) => row.appended_version));
        rows.push(...(await this.appendStatement(db, streamId, reached, next.value)));
      }
      return rows;
    });
  }

  private async appendStatement(
    db: Queryable,
    streamId: string,
    expectedVersion: number | null,
    events: readonly EncodedEvent[],
  ): Promise<AppendedRow[]> {
    // Data and metadata as one text parameter each: `pg` escapes a `text[]` parameter element by
    // element through intermediate strings, about 13 bytes of heap per byte of JSON sent.
    const texts = (from: number) => `array[${events.map((_, i) => `$${from + i}::text`).join(', ')}]`;
    const { rows } = await db.query<AppendedRow>({
      // Named: each connection plans the hot path once (per number of events).
      name: `event_store_append_${events.length}`,
      text: `select appended_position, appended_version
       from event_store.append_to_stream($1, $2, $3::uuid[], $4::text[], $5::integer[], ${texts(6)}, ${texts(6 + events.length)})`,
      values: [
        streamId,
        expectedVersion,
        events.map(({ event }) => event.eventId),
        events.map(({ event }) => event.type),
        events.map(({ event }) => event.schemaVersion ?? 1),
        ...events.map(({ data }) => data),
        ...events.map(({ metadata }) => metadata),
      ],
    });
    return rows;
  }

  /** On a pool, a transaction of its own; on a client, the caller's transaction (see `Queryable`). */
  private async inTransaction<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    if (!(this.db instanceof Pool)) return work(this.db);
    const client = await this.db.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is discarded; the caller sees the append's own error.
      await client.query('rollback').catch((failed: Error) => (broken = failed));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

const EVENT_ID_KEY = 'events_event_id_key';

function expectedVersionParameter(expected: ExpectedVersion): number | null {
  if (expected === 'any') return null;
  if (expected === 'no-stream') return 0;
  return expected;
}

function translate(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
  if (!(error instanceof DatabaseError)) return error;
  if (error.code === SQLSTATE.wrongExpectedVersion) {
    return new StreamVersionConflict(streamId, expected, Number(error.detail));
  }
  if (error.code === SQLSTATE.eventIdConflict) return new EventIdConflict(streamId, error.detail ?? '');
  // An id already stored but not first in its batch, met by the insert when the expected version
  // matched (AppendProbesFirstIdOnMatch1763892300000).
  if (error.constraint === EVENT_ID_KEY) return new EventIdConflict(streamId, error.detail ?? '');
  if (isUnstorable(error.code)) return new UnstorableEvents(streamId, error.code ?? '');
  return error;
}
