import type { RecordedEvent } from '@ntm/event-store';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export const ALL_EVENTS = 'all';

/** Builds one read model from events, and nothing else. */
export interface Projector {
  /** Also the checkpoint's key: renaming a projector rebuilds it from zero. */
  readonly name: string;
  /** Event types applied; other events only move the checkpoint past them. */
  readonly handles: readonly string[] | typeof ALL_EVENTS;
  /** The read-model entities only this projector writes: a rebuild empties them. */
  readonly owns: readonly EntityTarget<ObjectLiteral>[];
  /**
   * Applies events in commit order, inside the transaction that also moves the checkpoint, so a
   * crash never applies a batch twice nor skips one. A whole batch at a time lets a projector
   * write one statement per batch instead of one per event; the same code serves live and rebuild.
   */
  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}

export function handledBy(projector: Projector): (event: RecordedEvent) => boolean {
  const { handles } = projector;
  if (handles === ALL_EVENTS) return () => true;
  const types = new Set(handles);
  return (event) => types.has(event.type);
}
