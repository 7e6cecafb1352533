import { catalogueVersions } from '@ntm/catalogue';

import type { CriteriaSet, PinnedRules } from './rules';

/**
 * QĐ 18/2022/QĐ-TTg, Điều 23 (huyện): a district's recognition falls with 30% to under 50% of
 * its criteria lost only when one of them is Kinh tế (6) or An ninh trật tự – Hành chính công (9)
 * of QĐ 320/QĐ-TTg. The criteria set's own flags mark its environment criteria instead; dossiers
 * pinned them, so the decree's list is applied here, for every district dossier of that set.
 */
const CRITICAL_BY_DECREE: Readonly<Record<string, readonly string[]>> = {
  'huyen-ntm-2021-2025': ['6', '9'],
};

/**
 * The criteria a recognition is judged against when its revocation is considered (Điều 23):
 * its own pinned set, except that a xã NTM kiểu mẫu is judged against the xã NTM nâng cao
 * criteria it presupposes, taken from the catalogue version the dossier pinned, at its
 * thresholds for the dossier's region. Critical flags are the decree's. Undefined when the pinned
 * version does not ship that set.
 */
export function revocationBasis(
  rules: PinnedRules,
  sets: (catalogueVersion: string) => readonly CriteriaSet[] = setsOfVersion,
): CriteriaSet | undefined {
  const own = rules.criteriaSet;
  const presupposed = own.level === 'model' && own.unitKind === 'commune' ? own.prerequisites?.[0] : undefined;
  const set = presupposed ? sets(rules.catalogueVersion).find((s) => s.id === presupposed) : own;
  const critical = set && CRITICAL_BY_DECREE[set.id];
  if (!set || !critical) return set;
  return { ...set, criteria: set.criteria.map((c) => ({ ...c, critical: critical.includes(c.id) })) };
}

const setsOfVersion = (id: string): readonly CriteriaSet[] =>
  catalogueVersions().find((version) => version.id === id)?.criteriaSets ?? [];
