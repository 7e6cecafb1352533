import type { Role } from '@ntm/auth';
import { resolveThreshold, type Indicator, type PinnedRules, type Variant } from '@ntm/catalogue';
import { revocationGrounds } from '@ntm/domain';

import { EVIDENCE, type Send } from './dossier-journey';
import { ok } from './three-tier-journey';

/** A value that misses the indicator's threshold; undefined for levels and judgements. */
function missingValue(indicator: Indicator, variant: Variant): boolean | number | undefined {
  const measure = indicator.measure;
  if (measure.kind === 'boolean') return false;
  if (measure.kind !== 'number') return undefined;
  const threshold = resolveThreshold(measure.threshold, variant);
  return measure.threshold.comparison === 'gte' || measure.threshold.comparison === 'gt'
    ? threshold - 1
    : threshold + 1;
}

/**
 * A periodic review's measurements under which criteria fall below their pinned thresholds, one
 * indicator each, critical criteria first, until the Điều 23 grounds for revocation are met.
 */
export function lapsedReview(rules: PinnedRules, variant: Variant) {
  const candidates = [...rules.criteriaSet.criteria]
    .sort((a, b) => Number(b.critical) - Number(a.critical))
    .flatMap((criterion) => {
      const indicator = criterion.indicators.find((i) => missingValue(i, variant) !== undefined);
      return indicator
        ? [{ criterionId: criterion.id, indicatorId: indicator.id, value: missingValue(indicator, variant)! }]
        : [];
    });
  for (let count = 1; count <= candidates.length; count++) {
    const chosen = candidates.slice(0, count);
    const criteria = chosen.map((c) => c.criterionId);
    if (revocationGrounds(rules.criteriaSet, criteria, rules.regime.revocation).revoke) {
      const indicators = chosen.map(({ indicatorId, value }) => ({ indicatorId, value, evidence: EVIDENCE }));
      return { criteria, indicators };
    }
  }
  throw new Error('no review can lapse enough criteria of this set');
}

/** Whoever acts, as `apiJourney().as` gives them. */
type Actors = (role: Role, unit: string, options?: { userId?: string }) => Send;

const COUNCIL = ['thanh-vien-1', 'thanh-vien-2', 'thanh-vien-3'];

/** A provincial council opened, every member approving, closed. */
export async function councilApproves(as: Actors, province: string, id: string): Promise<void> {
  await ok(as('council-secretary', province)(`/dossiers/${id}/council`, { tier: 'province', members: COUNCIL }));
  for (const userId of COUNCIL)
    await ok(as('council-member', province, { userId })(`/dossiers/${id}/council/votes`, { approve: true }));
  await ok(as('council-secretary', province)(`/dossiers/${id}/council/closure`, { tier: 'province' }));
}

/**
 * A recognised dossier found lapsed by a periodic review, and the coordinator proposing its
 * revocation from the case; answers the criteria that lapsed.
 */
export async function proposedFromReview(
  as: Actors,
  { id, province, rules, variant }: { id: string; province: string; rules: PinnedRules; variant: Variant },
): Promise<string[]> {
  const coordinator = as('province-coordinator', province);
  const lapsed = lapsedReview(rules, variant);
  await ok(coordinator(`/dossiers/${id}/review-rounds`, { indicators: lapsed.indicators }));
  const grounds = 'Rà soát định kỳ: các tiêu chí không còn đạt';
  await ok(coordinator(`/dossiers/${id}/revocation-case/resolution`, { outcome: 'propose', grounds }));
  return lapsed.criteria;
}
