import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { CatalogueVersion } from '@ntm/catalogue';
import {
  type CataloguePublications,
  type CatalogueVersionPublished,
  decidePublication,
  foldCataloguePublications,
  type PublishCatalogueVersion,
} from '@ntm/domain';
import { cataloguePublicationStreamId, EVENT_STORE, type EventStore, handleCommand, readState } from '@ntm/event-store';
import { type AdministrativeUnits } from '@ntm/units';

import { requireProvinceInForce } from '../admin/provinces';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { CatalogueVersionBook } from './catalogue-version-book';

export interface PublicationsRead {
  readonly publications: CataloguePublications;
  /** Stream version of the province's publications: the ETag. */
  readonly version: number;
}

/** A province's publications, and those of its own versions among them: what a registration there reads. */
export interface PublishedIn {
  readonly publications: CataloguePublications;
  readonly ownVersions: readonly CatalogueVersion[];
}

/** The draft catalogue versions each province published, read from its stream (no projection lag). */
@Injectable()
export class CataloguePublicationBook {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    private readonly versions: CatalogueVersionBook,
  ) {}

  /** A province in force's publications (404 for any other code). */
  async readProvince(province: string): Promise<PublicationsRead> {
    requireProvinceInForce(this.units, province);
    return this.read(province);
  }

  /** Any province's, a retired one's included (a paper dossier filed before 1/7/2025). */
  async read(province: string): Promise<PublicationsRead> {
    const stream = cataloguePublicationStreamId(province);
    const { state, version } = await readState(this.store, stream, foldCataloguePublications);
    return { publications: state, version };
  }

  /** For a registration in the province (none without one: a unit the register does not place). */
  async recordedFor(province: string | undefined): Promise<PublishedIn> {
    if (province === undefined) return { publications: new Map(), ownVersions: [] };
    const [{ publications }, imported] = await Promise.all([this.read(province), this.versions.imported(province)]);
    return { publications, ownVersions: [...imported.values()].filter((version) => publications.has(version.id)) };
  }

  async publish(request: FastifyRequest, command: PublishCatalogueVersion): Promise<PublicationsRead> {
    const { province } = command.data;
    requireProvinceInForce(this.units, province);
    const actor = requestActorMetadata(request);
    // The province's own versions are its drafts to publish; another province's are not found here.
    const catalogues = await this.versions.availableIn(province);
    const { state, version } = await handleCommand<CataloguePublications, CatalogueVersionPublished>(
      this.store,
      cataloguePublicationStreamId(province),
      {
        fold: (events, from) => foldCataloguePublications(events, from),
        decide: (publications) => decidePublication(command, publications, catalogues),
      },
      { commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor), metadata: actor },
    );
    return { publications: state, version };
  }
}
