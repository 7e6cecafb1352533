import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  type AdministrativeUnits,
  type CommuneGroupEvent,
  type CommuneGroupNumber,
  type CommuneGroups,
  type CommuneGroupSeed,
  decideCommuneGroup,
  decideUnitRegion,
  foldCommuneGroups,
  foldUnitRegion,
  type UnitRegionAssigned,
} from '@ntm/units';
import type { Region } from '@ntm/catalogue';
import { catalogueVersions } from '@ntm/catalogue';
import {
  communeGroupStreamId,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  readState,
  type RecordedEvent,
  unitRegionStreamId,
} from '@ntm/event-store';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ifMatchVersion } from '../platform/if-match';
import { COMMUNE_GROUP_SEED } from './communes.tokens';
import { notACommune, unknownGroupedVersion } from './communes.problems';

export interface UnitRegionRead {
  /** In force for the 2021–2025 criteria: the register's, or the coordinator's correction. */
  readonly region: Region | null;
  /** Stream version of the coordinator's corrections (0: the register's region): the ETag. */
  readonly version: number;
}

export interface CommuneGroupsRead {
  readonly groups: CommuneGroups;
  /** Stream version of the commune's assignments (0: only seeded groups): the ETag. */
  readonly version: number;
}

/**
 * A commune's group per catalogue version: the seed file overlaid by the coordinator's assignments,
 * read from the commune's stream (no projection lag), so a registration pins the group in force.
 */
@Injectable()
export class CommuneGroupBook {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMUNE_GROUP_SEED) private readonly seed: CommuneGroupSeed,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async read(unitCode: string): Promise<CommuneGroupsRead> {
    return this.fold(unitCode, await this.store.readStream(communeGroupStreamId(unitCode)));
  }

  /** The commune's region, read from its stream (no projection lag), so a registration pins the one in force. */
  async region(unitCode: string): Promise<UnitRegionRead> {
    const registered = this.units.get(unitCode)?.region;
    const fold = (events: readonly RecordedEvent[]) => foldUnitRegion(events, registered);
    const { state, version } = await readState(this.store, unitRegionStreamId(unitCode), fold);
    return { region: state ?? null, version };
  }

  /** Any commune, one merged away included: its old dossiers are judged on the 2021–2025 criteria. */
  async assignRegion(request: FastifyRequest, unitCode: string, change: { region: Region; reason: string }) {
    const unit = this.units.get(unitCode);
    if (unit?.level !== 'commune') throw notACommune(unitCode, 'region');
    const actor = requestActorMetadata(request);
    const command = { type: 'AssignUnitRegion', data: { unitCode, ...change } } as const;
    const { state, version } = await handleCommand<Region | undefined, UnitRegionAssigned>(
      this.store,
      unitRegionStreamId(unitCode),
      {
        fold: (events, from = unit.region) => foldUnitRegion(events, from),
        decide: (region) => decideUnitRegion(command, region),
      },
      {
        commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor),
        expectedVersion: ifMatchVersion(request),
        metadata: actor,
      },
    );
    return { region: state ?? null, version };
  }

  /** Idempotency-Key → command id, so a retried request finds its event stored and writes nothing. */
  async assign(
    request: FastifyRequest,
    unitCode: string,
    change: { catalogueVersion: string; group: CommuneGroupNumber; reason: string },
  ): Promise<CommuneGroupsRead> {
    this.checkAssignable(unitCode, change.catalogueVersion);
    const actor = requestActorMetadata(request);
    const commandId = commandIdFrom(request.headers['idempotency-key'], actor.actor);
    const command = { type: 'AssignCommuneGroup', data: { unitCode, ...change } } as const;
    const seeded = this.seed.get(unitCode);
    const { state, version } = await handleCommand<CommuneGroups, CommuneGroupEvent>(
      this.store,
      communeGroupStreamId(unitCode),
      {
        fold: (events, from = seeded) => foldCommuneGroups(events, from),
        decide: (groups) => decideCommuneGroup(command, groups),
      },
      { commandId, expectedVersion: ifMatchVersion(request), metadata: actor },
    );
    return { groups: state, version };
  }

  private fold(unitCode: string, events: readonly RecordedEvent[]): CommuneGroupsRead {
    return {
      groups: foldCommuneGroups(events, this.seed.get(unitCode)),
      version: events.at(-1)?.streamVersion ?? 0,
    };
  }

  /** Only a commune in force, and only under a catalogue version whose sets vary by commune group. */
  private checkAssignable(unitCode: string, catalogueVersion: string): void {
    const unit = this.units.get(unitCode);
    if (unit?.level !== 'commune' || unit.validTo !== undefined) throw notACommune(unitCode);
    const version = catalogueVersions().find((v) => v.id === catalogueVersion);
    if (!version?.criteriaSets.some((set) => set.variantBy === 'group')) throw unknownGroupedVersion(catalogueVersion);
  }
}
