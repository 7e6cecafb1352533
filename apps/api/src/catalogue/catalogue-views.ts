import { type CatalogueVersion, unconfirmedThresholds } from '@ntm/catalogue';

import type { PublicationsRead } from './catalogue-publication-book';
import type {
  CatalogueVersionResponse,
  CatalogueVersionSummary,
  ProvincePublicationsResponse,
} from './dto/catalogue.dto';

export function versionSummary(version: CatalogueVersion): CatalogueVersionSummary {
  return {
    id: version.id,
    title: version.title,
    effectiveFrom: version.publishedAt,
    status: version.status,
    ...(version.legalReference ? { legalReference: version.legalReference } : {}),
    ...(version.basedOn ? { basedOn: version.basedOn } : {}),
    ...(version.province ? { province: version.province } : {}),
    unconfirmedThresholds: version.criteriaSets.flatMap((set) => unconfirmedThresholds(set)).length,
  };
}

/** The whole version, read-only: what a client needs to build a self-assessment. */
export function versionView(version: CatalogueVersion): CatalogueVersionResponse {
  const { criteriaSets, regimes, departments } = version;
  return {
    ...versionSummary(version),
    criteriaSets: [...criteriaSets],
    regimes: [...regimes],
    departments: [...departments],
  };
}

export function publicationsView(province: string, read: PublicationsRead): ProvincePublicationsResponse {
  const publications = [...read.publications].map(([catalogueVersion, legalReference]) => ({
    catalogueVersion,
    legalReference,
  }));
  return { province, version: read.version, publications };
}
