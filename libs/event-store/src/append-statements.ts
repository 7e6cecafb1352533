import type { NewEvent } from './event';
import { canonicalJson } from './hash-chain';

/**
 * Canonical JSON per statement of one append: an append of a survey import's chunk events
 * (~1 MB each) goes as several statements of about this size in one transaction, so only one
 * statement's text, parameters and protocol buffer are held at a time.
 */
export const APPEND_STATEMENT_CHARS = 1024 * 1024;

/**
 * Events per statement: each takes two parameters (its data and its metadata), and PostgreSQL's
 * protocol counts a statement's parameters in 16 bits (65,535); many small events need a cut too.
 */
export const APPEND_STATEMENT_EVENTS = 1000;

/** An event as the append function takes it: its data and metadata already canonical JSON text. */
export interface EncodedEvent {
  readonly event: NewEvent;
  readonly data: string;
  readonly metadata: string;
}

const encoded = (event: NewEvent): EncodedEvent => ({
  event,
  data: canonicalJson(event.data, `data of ${event.type}`),
  metadata: canonicalJson(event.metadata ?? {}, `metadata of ${event.type}`),
});

/**
 * The events of one append in order, grouped into statements of at most `limit` characters of
 * JSON (an event larger than that alone) and `maxEvents` events, encoded lazily: only the
 * statement being sent is held.
 */
export function* appendStatements(
  events: readonly NewEvent[],
  limit = APPEND_STATEMENT_CHARS,
  maxEvents = APPEND_STATEMENT_EVENTS,
): Generator<EncodedEvent[]> {
  let statement: EncodedEvent[] = [];
  let chars = 0;
  for (const event of events) {
    const next = encoded(event);
    const size = next.data.length + next.metadata.length;
    if (statement.length > 0 && (chars + size > limit || statement.length === maxEvents)) {
      yield statement;
      statement = [];
      chars = 0;
    }
    statement.push(next);
    chars += size;
  }
  if (statement.length > 0) yield statement;
}
