import { type DomainEvent, decodeEvent, encodeEvents } from './codec';
import { AppendConflict, StreamBusy, VersionChanged } from './errors';
import type { RecordedEvent } from './event';
import type { EventStore } from './event-store.port';

/** A pure core's answer: the events to record, or the error refusing the command (never thrown by `decide`). */
export type Decision<Event> =
  { readonly ok: true; readonly value: readonly Event[] } | { readonly ok: false; readonly error: Error };

/** One kind of stream: how its events fold into state, and the command to decide on that state. */
export interface Decider<State, Event extends DomainEvent> {
  /** Events in stream order onto `from` (the initial state when omitted); unknown types are skipped. */
  readonly fold: (events: readonly Event[], from?: State) => State;
  readonly decide: (state: State) => Decision<Event>;
}

export interface CommandOptions {
  /** From the Idempotency-Key: the command's event ids derive from it, and a retry finds them stored. */
  readonly commandId: string;
  /** If-Match: the version the caller decided on. Without it, a lost race is decided again on the new state. */
  readonly expectedVersion?: number;
  /** Stored with every event besides what the decider put there (who, from which workflow). */
  readonly metadata?: object;
}

export interface Handled<State, Event> {
  readonly state: State;
  /** The stream's version after the command: the ETag of what the caller sees next. */
  readonly version: number;
  /** The command's events: decided now, or, for a command already recorded, the ones stored the first time. */
  readonly events: readonly Event[];
}

/** A stream folded into its state now (no projection lag), with its version: what a command would decide on, and the ETag. */
export async function readState<State>(
  store: EventStore,
  streamId: string,
  fold: (events: readonly RecordedEvent[]) => State,
): Promise<{ readonly state: State; readonly version: number }> {
  const events = await store.readStream(streamId);
  return { state: fold(events), version: events.at(-1)?.streamVersion ?? 0 };
}

/** A race lost this often in a row is not a race but contention: the caller is told to send again. */
const RACE_ATTEMPTS = 3;

/**
 * Every write of the API's own streams (accounts, commune groups, survey campaigns): read the
 * stream, answer a command already recorded as it was answered the first time, check the expected
 * version, decide, append at the version decided on. Refusals are the decider's errors, thrown.
 */
export async function handleCommand<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Event>,
  options: CommandOptions,
): Promise<Handled<State, Event>> {
  for (let attempt = 1; ; attempt++) {
    const stored = await store.readStream(streamId);
    const recorded = alreadyRecorded(stored, decider, options.commandId);
    if (recorded) return recorded;
    const version = stored.at(-1)?.streamVersion ?? 0;
    if (options.expectedVersion !== undefined && options.expectedVersion !== version)
      throw new VersionChanged(streamId, options.expectedVersion, version);
    if (attempt > RACE_ATTEMPTS) throw new StreamBusy(streamId, version);
    const state = decider.fold(stored.map((event) => decodeEvent<Event>(event)));
    const decision = decider.decide(state);
    if (!decision.ok) throw decision.error;
    if (decision.value.length === 0) return { state, version, events: [] };
    try {
      const toAppend = encodeEvents(streamId, options.commandId, decision.value, options.metadata);
      const { nextExpectedVersion } = await store.append(streamId, version, toAppend);
      return { state: decider.fold(decision.value, state), version: nextExpectedVersion, events: decision.value };
    } catch (error) {
      // Lost a race: to this very command sent twice at once, to another write, or, with If-Match, too late.
      if (!(error instanceof AppendConflict)) throw error;
    }
  }
}

/** The answer a command got the first time: the state as of its last event. */
function alreadyRecorded<State, Event extends DomainEvent>(
  stored: readonly RecordedEvent[],
  decider: Decider<State, Event>,
  commandId: string,
): Handled<State, Event> | undefined {
  const last = stored.findLastIndex((event) => event.metadata.commandId === commandId);
  if (last < 0) return undefined;
  const upTo = stored.slice(0, last + 1).map((event) => decodeEvent<Event>(event));
  return {
    state: decider.fold(upTo),
    version: stored[last].streamVersion,
    events: upTo.filter((event) => event.metadata?.commandId === commandId),
  };
}
