import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { type AccountCommand, type AccountEvent, decideAccount, foldUserAccount, type UserAccount } from '@ntm/auth';
import { EVENT_STORE, type EventStore, handleCommand, userStreamId } from '@ntm/event-store';

import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ifMatchVersion } from '../platform/if-match';

export interface AccountWritten {
  readonly account: UserAccount;
  readonly version: number;
}

/**
 * Runs one account command: Idempotency-Key → command id, If-Match → expected version, the
 * decision from `decideAccount`, metadata from the verified principal only.
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
    const command = build(commandId);
    const { state, version } = await handleCommand<UserAccount, AccountEvent>(
      this.store,
      userStreamId(userId),
      { fold: foldUserAccount, decide: (account) => decideAccount(command, account) },
      { commandId, expectedVersion: ifMatchVersion(request), metadata: actor },
    );
    return { account: state, version };
  }
}
