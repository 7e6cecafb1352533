/**
 * Realistic dossier histories for audit tests and the benchmark: the domain fixtures' commands run
 * through decide/evolve, re-addressed to a given dossier and unit, appended one event per call.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { dossierStreamId } from '@ntm/event-store';
import type { DossierCommand, DossierEvent } from '@ntm/domain';
import { clearStep, cmd, filingCommands, recognitionCommands, run, twoTierRegime } from '@ntm/domain/testing/fixtures';
import type { EventStore, NewEvent } from '@ntm/event-store';

export interface DossierAddress {
  readonly dossierId: string;
  /** Commune code the dossier is registered for. */
  readonly unit: string;
  readonly province: string;
}

/** The fixtures register `d-1` of `xa-01`; an audit test needs a dossier of a real unit in a real province. */
function addressed(events: readonly DossierEvent[], address: DossierAddress): DossierEvent[] {
  return events.map((event) =>
    event.type === 'DossierRegistered'
      ? {
          ...event,
          data: {
            ...event.data,
            dossierId: address.dossierId,
            unit: { ...event.data.unit, code: address.unit },
            province: address.province,
          },
        }
      : event,
  );
}

/** Registration to recognition (about 30 events). */
export const recognitionHistory = (address: DossierAddress): DossierEvent[] =>
  addressed(run(recognitionCommands(twoTierRegime)).events, address);

/** Submitted to the province, every criterion dispatched to its department: in their work queues. */
export const inReviewHistory = (address: DossierAddress): DossierEvent[] =>
  addressed(run([...filingCommands(), cmd.submit('province'), cmd.assign('province')]).events, address);

/** A dossier of about `size` events: residents' comments and answers fill the posting period. */
export function longHistory(address: DossierAddress, size: number): DossierEvent[] {
  const [register, selfAssess, post, , , close, survey] = filingCommands();
  const withComments = (pairs: number): DossierCommand[] => [
    register,
    selfAssess,
    post,
    ...Array.from({ length: pairs }, (_, i) => [cmd.comment(`cm-${i}`), cmd.answer(`cm-${i}`)]).flat(),
    close,
    survey,
    ...clearStep('province'),
    cmd.issue(),
  ];
  const fixed = run(withComments(0)).events.length;
  return addressed(run(withComments(Math.max(0, Math.floor((size - fixed) / 2)))).events, address);
}

export function toNewEvent(event: DossierEvent): NewEvent {
  const { schemaVersion, ...metadata } = event.metadata;
  return { eventId: randomUUID(), type: event.type, schemaVersion, data: event.data, metadata };
}

/**
 * Appends one event per call. `pauseMs` spaces the store's clock (recorded_at has millisecond
 * precision and is never earlier than the previous event's), so each event has its own instant.
 */
export async function appendHistory(
  store: EventStore,
  dossierId: string,
  events: readonly DossierEvent[],
  pauseMs = 0,
): Promise<void> {
  for (const [index, event] of events.entries()) {
    await store.append(dossierStreamId(dossierId), index, [toNewEvent(event)]);
    if (pauseMs > 0) await sleep(pauseMs);
  }
}
