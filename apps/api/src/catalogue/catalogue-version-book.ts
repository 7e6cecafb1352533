import { Inject, Injectable } from '@nestjs/common';

import { type CatalogueVersion, catalogueVersions } from '@ntm/catalogue';
import { foldImportedVersions, type ImportedVersions } from '@ntm/domain';
import { catalogueVersionStreamId, EVENT_STORE, type EventStore, readState } from '@ntm/event-store';
import type { AdministrativeUnits } from '@ntm/units';

import { requireProvinceInForce } from '../admin/provinces';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { unknownVersion } from './catalogue.problems';

/** A province's own version names its province: 2026.1-19.1 is Thái Nguyên's (19) first on 2026.1. */
const PROVINCE_OF_VERSION = /^\d{4}\.\d+-(\d{2})\.\d+$/;

/** The versions dossiers may be judged on: those shipped with the code, and those provinces imported. */
@Injectable()
export class CatalogueVersionBook {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  /** A province's imported versions, read from its stream (no projection lag). */
  async imported(province: string): Promise<ImportedVersions> {
    return (await readState(this.store, catalogueVersionStreamId(province), foldImportedVersions)).state;
  }

  /** The shipped versions and the province's own: what the province may publish or derive from. */
  async availableIn(province: string): Promise<CatalogueVersion[]> {
    return [...catalogueVersions(), ...(await this.imported(province)).values()];
  }

  /** The shipped versions, with a province's own where one is named (a province in force; 404 for any other code). */
  async listed(province: string | undefined): Promise<readonly CatalogueVersion[]> {
    if (province === undefined) return catalogueVersions();
    requireProvinceInForce(this.units, province);
    return this.availableIn(province);
  }

  /** A shipped version, or a province's by the province its id names; 404 for any other id. */
  async find(id: string): Promise<CatalogueVersion> {
    const found = await this.get(id);
    if (!found) throw unknownVersion(id);
    return found;
  }

  /** As `find`, for a reader that makes do without it (a dossier pinned to a version no longer listed). */
  async get(id: string): Promise<CatalogueVersion | undefined> {
    const shipped = catalogueVersions().find((v) => v.id === id);
    if (shipped) return shipped;
    const province = PROVINCE_OF_VERSION.exec(id)?.[1];
    return province === undefined ? undefined : (await this.imported(province)).get(id);
  }
}
