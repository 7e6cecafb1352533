import type { AppendResult, ExpectedVersion, LogPosition, NewEvent, RecordedEvent } from './event';
import type { VerifyResult } from './hash-chain';

export interface ReadStreamOptions {
  /** Default `'forwards'` (oldest first). */
  readonly direction?: 'forwards' | 'backwards';
  /** First version returned, in the reading direction (inclusive). */
  readonly fromVersion?: number;
  /** The stream as it was at this version: nothing later is returned, in either direction. */
  readonly toVersion?: number;
  /** The stream as it was at this instant: only events recorded at or before it. */
  readonly asOf?: Date;
  readonly maxCount?: number;
}

export interface Aggregate<State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: RecordedEvent) => State;
}

export interface AggregateResult<State> {
  readonly state: State;
  /** Version of the last event folded: the expected version for the next append. 0 if none. */
  readonly version: number;
}

/** The port the command side uses: append with optimistic concurrency, read a stream. */
export interface EventStore {
  append(streamId: string, expectedVersion: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  aggregateStream<State>(
    streamId: string,
    aggregate: Aggregate<State>,
    options?: Pick<ReadStreamOptions, 'toVersion' | 'asOf'>,
  ): Promise<AggregateResult<State>>;
}
export const EVENT_STORE = Symbol('EventStore');

export interface Backlog {
  /** Committed events after the position, including those not yet safe to read. */
  readonly events: number;
  readonly oldestRecordedAt: Date | null;
}

/** The port subscribers use: the whole log in commit-safe order. */
export interface EventLog {
  /**
   * Up to `batchSize` events after `after`, only from transactions older than every transaction
   * still running, so no event can later appear before the last one returned.
   */
  readAll(after: LogPosition, batchSize: number): Promise<RecordedEvent[]>;
  backlog(after: LogPosition): Promise<Backlog>;
}

/** Tamper evidence: re-hashes stored events and reports the first broken link. */
export interface HashChainAudit {
  verify(streamId?: string): Promise<VerifyResult>;
}
export const HASH_CHAIN_AUDIT = Symbol('HashChainAudit');
