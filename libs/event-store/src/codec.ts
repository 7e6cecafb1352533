import { v5 as uuidv5 } from 'uuid';

import type { NewEvent, RecordedEvent } from './event';

/**
 * A domain event as the pure cores write it: the schema version of its `data` travels in its
 * metadata, where the store keeps it in a column of its own.
 */
export interface DomainEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: { readonly commandId?: string; readonly schemaVersion?: number };
}

/** Namespace of event ids (UUID v5 of stream, command id and index): a retried command appends nothing twice. */
const EVENT_ID_NAMESPACE = '6c1f7d1e-2b8a-4f0e-9a51-3d2c8e7b4a90';

/** The id of an event written once whatever the retries: same seed, same id. */
export const eventIdFor = (seed: string): string => uuidv5(seed, EVENT_ID_NAMESPACE);

const eventIdOf = (streamId: string, commandId: string, index: number) =>
  eventIdFor(`${streamId}/${commandId}/${index}`);

/**
 * The events one command decided, ready to append: ids derived from the command id, the command
 * id as their causation, and `extra` metadata the decider does not know (workflow, actor).
 */
export function encodeEvents(
  streamId: string,
  commandId: string,
  events: readonly DomainEvent[],
  extra: object = {},
): NewEvent[] {
  return events.map((event, index) => {
    const { schemaVersion, ...metadata } = event.metadata ?? {};
    return {
      eventId: eventIdOf(streamId, commandId, index),
      type: event.type,
      ...(schemaVersion === undefined ? {} : { schemaVersion }),
      data: event.data,
      metadata: { ...metadata, ...extra, commandId, causationId: commandId },
    };
  });
}

/** A stored (and upcast) event back in the shape of the domain that wrote it. */
export function decodeEvent<E extends DomainEvent>(recorded: RecordedEvent): E {
  const metadata = { ...recorded.metadata, schemaVersion: recorded.schemaVersion };
  return { type: recorded.type, data: recorded.data, metadata } as unknown as E;
}
