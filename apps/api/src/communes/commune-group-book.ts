import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';

import {
  type AdministrativeUnits,
  type CommuneGroupNumber,
  type CommuneGroups,
  type CommuneGroupSeed,
  communeGroupStreamId,
  decideCommuneGroup,
  foldCommuneGroups,
} from '@ntm/auth';
import { catalogueVersions } from '@ntm/catalogue';
import { AppendConflict, EVENT_STORE, type EventStore, type RecordedEvent } from '@ntm/event-store';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { ifMatchVersion } from '../platform/if-match';
import { COMMUNE_GROUP_SEED } from './communes.tokens';
import { groupRefused, groupsChanged, notACommune, unknownGroupedVersion } from './communes.problems';

export interface CommuneGroupsRead {
  readonly groups: CommuneGroups;
  /** Stream version of the commune's assignments (0: only seeded groups): the ETag. */
  readonly version: number;
}

/** The n-th event of a command: the same command id always yields the same event ids. */
const eventIdOf = (commandId: string, index: number) => uuidv5(String(index), commandId);

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

  /** Idempotency-Key → event ids, so a retried request finds its event stored and writes nothing. */
  async assign(
    request: FastifyRequest,
    unitCode: string,
    change: { catalogueVersion: string; group: CommuneGroupNumber; reason: string },
  ): Promise<CommuneGroupsRead> {
    this.checkAssignable(unitCode, change.catalogueVersion);
    const actor = requestActorMetadata(request);
    const commandId = commandIdFrom(request.headers['idempotency-key'], actor.actor);
    const streamId = communeGroupStreamId(unitCode);
    const events = await this.store.readStream(streamId);
    const replayed = events.findLastIndex((event) => event.metadata.commandId === commandId);
    if (replayed >= 0) return this.fold(unitCode, events.slice(0, replayed + 1));
    const current = this.fold(unitCode, events);
    const expected = ifMatchVersion(request);
    if (expected !== undefined && expected !== current.version) throw groupsChanged(expected, current.version);
    const decision = decideCommuneGroup({ type: 'AssignCommuneGroup', data: { unitCode, ...change } }, current.groups);
    if (decision.outcome === 'refused') throw groupRefused(decision.refusal);
    const stored = decision.events.map((event, index) => ({
      ...event,
      eventId: eventIdOf(commandId, index),
      metadata: { ...actor, commandId },
    }));
    try {
      await this.store.append(streamId, current.version, stored);
    } catch (error) {
      if (!(error instanceof AppendConflict)) throw error;
      const actual = (await this.read(unitCode)).version;
      throw groupsChanged(expected ?? current.version, actual);
    }
    return this.read(unitCode);
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
