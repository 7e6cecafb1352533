import type { ExpectedVersion } from './event';

/** SQLSTATE codes raised by the event store's own database objects (see the migration). */
export const SQLSTATE = {
  appendOnly: 'ES001',
  wrongExpectedVersion: 'ES002',
  eventIdConflict: 'ES003',
} as const;

/** An append refused because another writer got there first: the API maps both kinds to 409/412. */
export abstract class AppendConflict extends Error {
  protected constructor(
    readonly streamId: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream moved on since the writer read it; `actual` is its version now. */
export class StreamVersionConflict extends AppendConflict {
  constructor(
    streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(streamId, `stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
  }
}

/**
 * Some, not all, of the batch's event ids are already stored (or stored in another stream): not a
 * retry of one append, so neither writing nor answering with the original result is safe.
 */
export class EventIdConflict extends AppendConflict {
  constructor(
    streamId: string,
    readonly detail: string,
  ) {
    super(streamId, `event ids already stored elsewhere or in part, appending to ${streamId}: ${detail}`);
  }
}

/** The caller decided on a version it read (If-Match) and the stream has moved on since: 412. */
export class VersionChanged extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, the command was decided on version ${expected}`);
    this.name = new.target.name;
  }
}

/** Lost the race to other writers several times in a row (no If-Match): sending again is safe, 409. */
export class StreamBusy extends Error {
  constructor(
    readonly streamId: string,
    readonly actual: number,
  ) {
    super(`stream ${streamId} kept changing while the command was decided (now at version ${actual})`);
    this.name = new.target.name;
  }
}

/**
 * The database refuses the events' content itself (SQLSTATE class 22, data exception: text jsonb
 * cannot hold such as NUL; class 54: a value past its limits). Retrying can never succeed, so the
 * writer gives up on this command instead of holding the stream's later commands behind it.
 */
export class UnstorableEvents extends Error {
  constructor(
    readonly streamId: string,
    readonly sqlState: string,
  ) {
    super(`the database refuses the events of ${streamId} (SQLSTATE ${sqlState})`);
    this.name = new.target.name;
  }
}

const UNSTORABLE_CLASSES = ['22', '54'];

export const isUnstorable = (sqlState: string | undefined) =>
  sqlState !== undefined && UNSTORABLE_CLASSES.includes(sqlState.slice(0, 2));
