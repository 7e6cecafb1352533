import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

import { vietnamDateOf } from '@ntm/calendar';
import {
  type CommuneRecord,
  communeRevocations,
  type CommuneRevocations,
  decideEarlierRecognition,
  type EarlierRecognition,
  type EarlierRecognitionCommand,
  type EarlierRecognitionEvent,
  foldEarlierRecognitions,
  type RecordedRecognition,
  type StandingRecognition,
  standingInSystem,
  standingOnPaper,
  type UnitDossier,
} from '@ntm/domain';
import { earlierRecognitionStreamId, EVENT_STORE, type EventStore, handleCommand, readState } from '@ntm/event-store';
import { DossierSummaryRow } from '@ntm/projections';
import { type AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ifMatchVersion } from '../platform/if-match';
import { notACommune } from './communes.problems';

export interface EarlierRecognitionsRead {
  readonly recognitions: readonly RecordedRecognition[];
  /** Stream version of the unit's recorded recognitions (0: none): the ETag. */
  readonly version: number;
}

/** The recognitions a unit holds: those recorded from paper (its stream) and those decided in this system. */
@Injectable()
export class RecognitionRegister {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async earlier(unitCode: string): Promise<EarlierRecognitionsRead> {
    const { state, version } = await readState(
      this.store,
      earlierRecognitionStreamId(unitCode),
      foldEarlierRecognitions,
    );
    return { recognitions: state, version };
  }

  /**
   * A recognition on paper, or its revocation on paper. Any commune, one merged away included: its
   * recognition may be the ground of an old dossier.
   */
  async decide(
    request: FastifyRequest,
    type: EarlierRecognitionCommand['type'],
    unitCode: string,
    decision: Omit<EarlierRecognition, 'unitCode'>,
  ): Promise<EarlierRecognitionsRead> {
    if (this.units.get(unitCode)?.level !== 'commune') throw notACommune(unitCode, 'recognition');
    const actor = requestActorMetadata(request);
    const command: EarlierRecognitionCommand = { type, data: { unitCode, ...decision } };
    const today = vietnamDateOf(new Date().toISOString());
    const { state, version } = await handleCommand<readonly RecordedRecognition[], EarlierRecognitionEvent>(
      this.store,
      earlierRecognitionStreamId(unitCode),
      {
        fold: (events, from) => foldEarlierRecognitions(events, from),
        decide: (recorded) => decideEarlierRecognition(command, recorded, today),
      },
      {
        commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor),
        expectedVersion: ifMatchVersion(request),
        metadata: actor,
      },
    );
    return { recognitions: state, version };
  }

  /**
   * What stands now: the recognitions recorded from paper and not revoked on paper, and the unit's
   * dossiers recognised and not revoked (from the read model: a recognition decided a moment ago
   * may not count yet).
   */
  async standing(unitCode: string): Promise<StandingRecognition[]> {
    const { paper, dossiers } = await this.recordOf(unitCode);
    return [...standingOnPaper(paper), ...standingInSystem(dossiers)];
  }

  /**
   * A district's communes recognised NTM and those revoked, over every commune the register places
   * in it (those merged away in 2025 included): a ground for revoking the district (QĐ 18/2022/QĐ-TTg, Điều 23).
   */
  async communeRevocations(districtCode: string): Promise<CommuneRevocations> {
    const communes = this.units.childrenOf(districtCode).filter((unit) => unit.level === 'commune');
    return communeRevocations(await Promise.all(communes.map((commune) => this.recordOf(commune.code))));
  }

  private async recordOf(unitCode: string): Promise<CommuneRecord> {
    const paper = (await this.earlier(unitCode)).recognitions;
    // The read model's text columns hold the domain's status and level.
    const dossiers = (await this.dataSource.getRepository(DossierSummaryRow).findBy({ unitCode })) as UnitDossier[];
    return { paper, dossiers };
  }
}
