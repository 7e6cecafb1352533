import { resolveThreshold, type Indicator, type PinnedRules, type Variant } from '@ntm/catalogue';
import { revocationGrounds } from '@ntm/domain';

import { EVIDENCE } from './dossier-journey';

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
