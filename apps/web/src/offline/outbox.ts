import { createStore, del, set, values } from 'idb-keyval';

import { ApiProblem } from '../api/problem';

/**
 * Commands written without a network (a survey in a village with no coverage), kept on the device
 * in IndexedDB until they reach the API. Each keeps the Idempotency-Key it was first sent with, so
 * a command that reached the server before the answer was lost is recorded once, however often it
 * is sent again. A command the API refuses stays, with the refusal, until its author deals with it.
 */
export interface OutboxEntry<Payload> {
  /** The command's Idempotency-Key, and its id on the device. */
  readonly key: string;
  /** Whose commands these are, sent in order among themselves (e.g. `survey:<officer>:<dossierId>:<campaignId>`). */
  readonly queue: string;
  readonly payload: Payload;
  /** What its author calls it: "Hộ T1-3". */
  readonly label: string;
  readonly savedAt: string;
  /** The API's refusal (problem+json), once answered with one. */
  readonly refusal?: ApiProblem['body'] & { readonly status: number };
}

const store = () => createStore('ntm-outbox', 'commands');
let opened: ReturnType<typeof store> | undefined;
const commands = () => (opened ??= store());

const changed = new EventTarget();

/** Told whenever an entry is saved, sent, refused or discarded, on this tab. */
export function onOutboxChange(listener: () => void): () => void {
  changed.addEventListener('change', listener);
  return () => changed.removeEventListener('change', listener);
}

async function write(entry: OutboxEntry<unknown>): Promise<void> {
  await set(entry.key, entry, commands());
  changed.dispatchEvent(new Event('change'));
}

export function saveToOutbox<Payload>(entry: Omit<OutboxEntry<Payload>, 'savedAt'>): Promise<void> {
  return write({ ...entry, savedAt: new Date().toISOString() });
}

/** A queue's entries in the order they were written. */
export async function outboxOf<Payload>(queue: string): Promise<OutboxEntry<Payload>[]> {
  const all = (await values(commands())) as OutboxEntry<Payload>[];
  return all.filter((entry) => entry.queue === queue).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function discardFromOutbox(key: string): Promise<void> {
  await del(key, commands());
  changed.dispatchEvent(new Event('change'));
}

/** An answer that says nothing of the command: no network, a proxy's page, a server error. Sent again later. */
export const notAnswered = (error: unknown) =>
  !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;

const flushing = new Map<string, Promise<void>>();
/** Per queue, how many entries this tab has sent since its author's last new command. */
const delivered = new Map<string, number>();

/**
 * What became of the entries sent later: whichever screen shows the queue says it, even one that
 * opened after the run (a page reloaded offline is replaced by the full page once the network is back).
 */
export const deliveredFrom = (queue: string): number => delivered.get(queue) ?? 0;

/**
 * Sends a queue's waiting entries one after the other, in order, each with its own key. A sent one
 * leaves the outbox; a refused one stays with its refusal and the next is sent; one not answered
 * stops the run (the network is gone again) and waits for the next. One run per queue at a time.
 */
export function flushOutbox<Payload>(
  queue: string,
  send: (payload: Payload, idempotencyKey: string) => Promise<unknown>,
): Promise<void> {
  const running = flushing.get(queue);
  if (running) return running;
  const run = (async () => {
    for (const entry of await outboxOf<Payload>(queue)) {
      if (entry.refusal) continue;
      try {
        await send(entry.payload, entry.key);
        delivered.set(queue, deliveredFrom(queue) + 1);
        await discardFromOutbox(entry.key);
      } catch (error) {
        if (notAnswered(error)) return;
        const problem = error as ApiProblem;
        await write({ ...entry, refusal: { ...problem.body, status: problem.status } });
      }
    }
  })().finally(() => flushing.delete(queue));
  flushing.set(queue, run);
  return run;
}

/**
 * Sends a command now if it can; without a network, or with no answer, keeps it in the outbox with
 * the key it was sent with (it may have reached the server: sent again, it is recorded once). A new
 * command is what its author now waits on: what was delivered before is no longer news.
 */
export async function sendOrKeep<Payload, Output>(
  entry: Omit<OutboxEntry<Payload>, 'savedAt'>,
  send: (payload: Payload, idempotencyKey: string) => Promise<Output>,
): Promise<(Output & { readonly kept: false }) | { readonly kept: true }> {
  const keep = async () => {
    await saveToOutbox(entry);
    return { kept: true } as const;
  };
  delivered.delete(entry.queue);
  if (!navigator.onLine) return keep();
  try {
    return { ...(await send(entry.payload, entry.key)), kept: false };
  } catch (error) {
    if (notAnswered(error)) return keep();
    throw error;
  }
}
