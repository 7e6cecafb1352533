import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

import {
  decideDecisionNumber,
  type DecisionNumberTaken,
  type DecisionRegister,
  foldDecisionRegister,
  type NumberedDecision,
  type NumberRequest,
} from '@ntm/domain';
import { decisionNumberStreamId, EVENT_STORE, type EventStore, handleCommand, readState } from '@ntm/event-store';

import { commandMetadata } from './command-context';
import { dossierNotFound } from './dossier-gateway';
import { dossierOf } from './dossier-lookup';

/** What the province's people's committee writes after the number: 123/QĐ-UBND. */
const PROVINCE_SYMBOL = 'QĐ-UBND';

const fold = (events: readonly { type: string; data: unknown }[]) => foldDecisionRegister(events);

/**
 * The province's register of decision numbers (see libs/domain decision-register). A decision is
 * signed under the register's lock for its province and year: the number is checked, the dossier's
 * workflow records the decision, and only then the register records the number. Two decisions can
 * never share a number, and a decision the workflow refuses leaves nothing in the register.
 * A crash between the two writes leaves the number out of the register until the same request is
 * sent again (the workflow answers it as before and the register records it then).
 */
@Injectable()
export class DecisionNumbers {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async sign<Outcome>(
    request: FastifyRequest,
    decision: NumberedDecision,
    { decisionNumber, decisionDate }: { readonly decisionNumber?: string; readonly decisionDate: string },
    record: (decisionNumber: string) => Promise<Outcome>,
  ): Promise<Outcome> {
    const { summary } = await dossierOf(request);
    if (!summary) throw dossierNotFound();
    const metadata = commandMetadata(request);
    const year = Number(decisionDate.slice(0, 4));
    const numbered: NumberRequest = {
      province: summary.province,
      year,
      dossierId: summary.dossierId,
      decision,
      symbol: PROVINCE_SYMBOL,
      takenAt: metadata.now,
      ...(decisionNumber === undefined ? {} : { decisionNumber }),
    };
    const streamId = decisionNumberStreamId(summary.province, year);
    return this.locked(streamId, async () => {
      const { state } = await readState(this.store, streamId, fold);
      const decided = decideDecisionNumber(state, numbered);
      if (!decided.ok) throw decided.error;
      const outcome = await record(decided.value.decisionNumber);
      await handleCommand<DecisionRegister, DecisionNumberTaken>(
        this.store,
        streamId,
        {
          fold,
          decide: (register) => {
            const again = decideDecisionNumber(register, numbered);
            return again.ok ? { ok: true, value: again.value.events } : again;
          },
        },
        // The decision's own command id: a retried request finds its number recorded by itself.
        { commandId: `${metadata.commandId}/decision-number`, metadata },
      );
      return outcome;
    });
  }

  /** The signings of this process waiting for a register, the last in line per register. */
  private readonly lines = new Map<string, Promise<unknown>>();

  /**
   * One signing at a time per register. Within this process they queue in memory, so that only one
   * holds a pooled connection while it waits for the database's lock (waiters holding them all
   * would leave the signer none); across API replicas, a session lock of PostgreSQL.
   */
  private async locked<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const mine = (this.lines.get(streamId) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.lockedInDatabase(streamId, work));
    this.lines.set(streamId, mine);
    try {
      return await mine;
    } finally {
      if (this.lines.get(streamId) === mine) this.lines.delete(streamId);
    }
  }

  /** Keyed apart from the lock the event store takes per stream while it appends (seed 1, not 0). */
  private async lockedInDatabase<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('select pg_advisory_lock(hashtextextended($1, 1))', [streamId]);
      try {
        return await work();
      } finally {
        await runner.query('select pg_advisory_unlock(hashtextextended($1, 1))', [streamId]);
      }
    } finally {
      await runner.release();
    }
  }
}
