import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';

import { type AccountCommand, decideAccount, foldUserAccount, type UserAccount, userStreamId } from '@ntm/auth';
import { AppendConflict, EVENT_STORE, type EventStore, type RecordedEvent } from '@ntm/event-store';

import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { accountChanged, accountRefused, concurrentWrite } from './admin.problems';
import { ifMatchVersion } from '../platform/if-match';

export interface AccountWritten {
  readonly account: UserAccount;
  readonly version: number;
}

/** The n-th event of a command: the same command id always yields the same event ids. */
const eventIdOf = (commandId: string, index: number) => uuidv5(String(index), commandId);

/**
 * Runs one account command: Idempotency-Key → command id → event ids, so a retried request finds
 * its events already stored and gets the same answer without writing; If-Match → 412 on a stale
 * version; the decision from `decideAccount`; metadata from the verified principal only.
 */
@Injectable()
export class AccountWriter {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(
    request: FastifyRequest,
    userId: string,
    build: (commandId: string) => AccountCommand,
  ): Promise<AccountWritten> {
    const actor = requestActorMetadata(request);
    const commandId = commandIdFrom(request.headers['idempotency-key'], actor.actor);
    const expected = ifMatchVersion(request);
    const streamId = userStreamId(userId);
    const events = await this.store.readStream(streamId);
    const replayed = replay(events, commandId);
    if (replayed) return replayed;
    const version = events.at(-1)?.streamVersion ?? 0;
    if (expected !== undefined && expected !== version) throw accountChanged(expected, version);
    const decision = decideAccount(build(commandId), foldUserAccount(events));
    if (decision.outcome === 'refused') throw accountRefused(decision.refusal);
    const metadata = { ...actor, commandId };
    const stored = decision.events.map((event, index) => ({
      ...event,
      eventId: eventIdOf(commandId, index),
      metadata,
    }));
    try {
      const { nextExpectedVersion } = await this.store.append(streamId, version, stored);
      return { account: foldUserAccount(decision.events, foldUserAccount(events)), version: nextExpectedVersion };
    } catch (error) {
      if (!(error instanceof AppendConflict)) throw error;
      return this.afterConflict(streamId, commandId, expected);
    }
  }

  /** Lost a race: to the same request retried concurrently (same answer), or to another write. */
  private async afterConflict(streamId: string, commandId: string, expected: number | undefined) {
    const events = await this.store.readStream(streamId);
    const replayed = replay(events, commandId);
    if (replayed) return replayed;
    const actual = events.at(-1)?.streamVersion ?? 0;
    throw expected === undefined ? concurrentWrite(actual) : accountChanged(expected, actual);
  }
}

/** The answer the command got the first time: the account as of its last event. */
function replay(events: readonly RecordedEvent[], commandId: string): AccountWritten | undefined {
  const last = events.findLastIndex((event) => event.metadata.commandId === commandId);
  if (last < 0) return undefined;
  return { account: foldUserAccount(events.slice(0, last + 1)), version: events[last].streamVersion };
}
