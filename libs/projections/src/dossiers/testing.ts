import { randomUUID } from 'node:crypto';

import type { DossierEvent } from '@ntm/domain';
import type { NewEvent, RecordedEvent } from '@ntm/event-store';

const at = (position: number) => new Date(Date.UTC(2026, 3, 1, 0, 0, position));

/** Domain events as the store would hand them to a projector, one stream, consecutive versions. */
export function recordedHistory(streamId: string, events: readonly DossierEvent[], from = 1): RecordedEvent[] {
  return events.map(({ type, data, metadata: { schemaVersion, ...metadata } }, index) => ({
    globalPosition: from + index,
    transactionId: String(from + index),
    streamId,
    streamVersion: from + index,
    eventId: `${streamId}-${from + index}`,
    type,
    schemaVersion,
    data,
    metadata,
    recordedAt: at(from + index),
    hash: '',
  }));
}

/** Domain events ready to append, as the worker's activities store them (fresh event ids). */
export function toNewEvents(events: readonly DossierEvent[]): NewEvent[] {
  return events.map(({ type, data, metadata: { schemaVersion, ...metadata } }) => ({
    eventId: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata,
  }));
}
