import {
  defineSearchAttributeKey,
  type SearchAttributeUpdatePair,
  SearchAttributeType,
  type TypedSearchAttributes,
} from '@temporalio/common';

import type { DossierSummary } from '@ntm/domain';

/**
 * What operators find dossiers by in Temporal (`NtmProvince = '19' AND NtmStatus = 'in-review'`):
 * codes and states only, never personal data. Every Temporal the system runs on must have them
 * registered (the dev server's flags, the test server's operator call).
 */
export const DOSSIER_SEARCH_ATTRIBUTES = {
  province: defineSearchAttributeKey('NtmProvince', SearchAttributeType.KEYWORD),
  commune: defineSearchAttributeKey('NtmCommune', SearchAttributeType.KEYWORD),
  status: defineSearchAttributeKey('NtmStatus', SearchAttributeType.KEYWORD),
  /** `<tier>/<phase>` of the review step under way, e.g. `province/council-open`. */
  stage: defineSearchAttributeKey('NtmStage', SearchAttributeType.KEYWORD),
  level: defineSearchAttributeKey('NtmLevel', SearchAttributeType.KEYWORD),
  year: defineSearchAttributeKey('NtmYear', SearchAttributeType.INT),
  regime: defineSearchAttributeKey('NtmRegime', SearchAttributeType.KEYWORD),
  catalogueVersion: defineSearchAttributeKey('NtmCatalogueVersion', SearchAttributeType.KEYWORD),
} as const;

/** The dossier's attributes as of its summary; a stage no longer under way is removed (null). */
export function dossierSearchAttributes(summary: DossierSummary): SearchAttributeUpdatePair[] {
  const keys = DOSSIER_SEARCH_ATTRIBUTES;
  const stage = summary.stage ? `${summary.stage.tier}/${summary.stage.phase}` : null;
  return [
    { key: keys.province, value: summary.province },
    { key: keys.commune, value: summary.unit.code },
    { key: keys.status, value: summary.status },
    { key: keys.stage, value: stage },
    { key: keys.level, value: summary.level },
    { key: keys.year, value: summary.year },
    { key: keys.regime, value: summary.regimeId },
    { key: keys.catalogueVersion, value: summary.catalogueVersion },
  ];
}

/** Only what changed since the last upsert (an empty list means no command). */
export function changedAttributes(
  next: readonly SearchAttributeUpdatePair[],
  current: Pick<TypedSearchAttributes, 'get'>,
): SearchAttributeUpdatePair[] {
  return next.filter(({ key, value }) => (current.get(key) ?? null) !== value);
}
