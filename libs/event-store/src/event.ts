/** Who did what, on whose behalf, and why: copied from the command that produced the events. */
export interface EventMetadata {
  readonly actor?: string;
  readonly role?: string;
  /** The administrative unit (jurisdiction) the actor acts for. */
  readonly unit?: string;
  readonly commandId?: string;
  readonly causationId?: string;
  readonly correlationId?: string;
  readonly workflowId?: string;
  readonly clientAddress?: string;
  readonly [key: string]: unknown;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Derived from the command id (UUID v5) so a retried command appends nothing twice. */
  readonly eventId: string;
  readonly type: Type;
  /** Version of the `data` shape; old versions are upcast on read. Defaults to 1. */
  readonly schemaVersion?: number;
  readonly data: Data;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly globalPosition: number;
  /** The writing transaction (xid8, as text): with `globalPosition`, the commit-safe order of the log. */
  readonly transactionId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  readonly hash: string;
}

/**
 * What the writer believes the stream's version is: a number (0 = the stream has no events),
 * `'no-stream'` (same as 0), or `'any'` to skip the check.
 */
export type ExpectedVersion = number | 'no-stream' | 'any';

export interface AppendResult {
  /** The stream's version after this append: the `expectedVersion` of the next one. */
  readonly nextExpectedVersion: number;
  /** Global positions of the appended events, in the order they were given. */
  readonly positions: readonly number[];
}

/**
 * A place in the log read in commit-safe order: `(transactionId, globalPosition)` of the last event
 * read. Positions alone are not a cursor, because a sequence hands them out before commit.
 */
export interface LogPosition {
  readonly transactionId: string;
  readonly globalPosition: number;
}

export const LOG_START: LogPosition = { transactionId: '0', globalPosition: 0 };

export function logPositionOf(event: RecordedEvent): LogPosition {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}
