import { randomUUID } from 'node:crypto';

import { APPEND_STATEMENT_CHARS, APPEND_STATEMENT_EVENTS, appendStatements } from './append-statements';
import type { NewEvent } from './event';

const event = (note = 'x'): NewEvent => ({ eventId: randomUUID(), type: 'Noted', data: { note }, metadata: {} });
const sizes = (events: readonly NewEvent[]) => [...appendStatements(events)].map((statement) => statement.length);

describe('the statements of one append', () => {
  it('sends an ordinary append as one statement', () => {
    expect(sizes([event(), event(), event()])).toEqual([3]);
  });

  it('cuts many small events by count, in order: PostgreSQL takes at most 65,535 parameters', () => {
    const many = Array.from({ length: APPEND_STATEMENT_EVENTS * 2 + 500 }, () => event());
    expect(sizes(many)).toEqual([APPEND_STATEMENT_EVENTS, APPEND_STATEMENT_EVENTS, 500]);
    const sent = [...appendStatements(many)].flat().map((encoded) => encoded.event.eventId);
    expect(sent).toEqual(many.map((each) => each.eventId));
  });

  it('cuts large events by size, a single one larger than a statement going alone', () => {
    const half = 'x'.repeat(APPEND_STATEMENT_CHARS / 2);
    expect(sizes([event(half), event(half), event(half + half), event()])).toEqual([1, 1, 1, 1]);
  });
});
