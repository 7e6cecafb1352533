import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  decideFilingClaim,
  type FilingClaim,
  type FilingClaimed,
  foldFilingClaim,
  type RegisterDossier,
} from '@ntm/domain';
import { EVENT_STORE, type EventStore, filingClaimStreamId, handleCommand } from '@ntm/event-store';

import { requestActorMetadata } from '../auth/request-principal';
import { DossierGateway } from './dossier-gateway';

/**
 * One dossier per unit, level and year (see libs/domain filing-claim): the registration claims
 * them before its workflow starts. A claim whose dossier never got registered (the start failed)
 * holds for a few minutes (the registration may still be starting); after that the next
 * registration takes it, and a retry with the same Idempotency-Key takes it at once.
 */
@Injectable()
export class FilingClaims {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly gateway: DossierGateway,
  ) {}

  async claim(request: FastifyRequest, command: RegisterDossier): Promise<void> {
    const { dossierId, unit, level, year } = command.data;
    const claimedAt = command.metadata.now;
    const streamId = filingClaimStreamId(unit.code, level, year);
    const seen = foldFilingClaim(await this.store.readStream(streamId));
    const holder = seen.holder !== dossierId ? seen.holder : undefined;
    const seenStatus = holder ? (await this.gateway.summaryOf(holder))?.status : undefined;
    const filing = { unitCode: unit.code, level, year, dossierId, claimedAt };
    await handleCommand<FilingClaim, FilingClaimed>(
      this.store,
      streamId,
      {
        fold: (events) => foldFilingClaim(events),
        // A holder that appeared after the look-up won a race just now: its dossier is open.
        decide: (claim) => decideFilingClaim(claim, filing, claim.holder === seen.holder ? seenStatus : 'registered'),
      },
      { commandId: command.metadata.commandId, metadata: requestActorMetadata(request) },
    );
  }
}
