import type { LogPosition } from '@ntm/event-store';

/**
 * A search page's cursor: where it ended in the log's commit-safe order (transaction, then global
 * position). A position alone is no cursor: an event of a transaction still running when the page
 * was read may have a lower position than the page's last event, and would be skipped.
 */
export const LOG_CURSOR = /^(\d{1,20})-(\d{1,19})$/;

export const logCursor = (position: LogPosition): string => `${position.transactionId}-${position.globalPosition}`;

/** The position a cursor stands for; the query's DTO has checked it against `LOG_CURSOR`. */
export function logPositionOfCursor(cursor: string): LogPosition {
  const match = LOG_CURSOR.exec(cursor);
  if (!match) throw new RangeError(`not a log cursor: ${cursor}`);
  return { transactionId: match[1], globalPosition: Number(match[2]) };
}
