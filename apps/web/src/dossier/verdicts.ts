import { combineVerdicts, evaluateIndicator, type IndicatorValue, type IndicatorVerdict } from '@ntm/evaluation';

import type { components } from '../api/schema';

export type IndicatorView = components['schemas']['IndicatorResponse'];
export type CriterionView = components['schemas']['CriterionResponse'];

/** The verdict the API will record for this value: the domain's rule, on the already resolved threshold. */
export function indicatorVerdict(indicator: IndicatorView, value: IndicatorValue | undefined): IndicatorVerdict {
  const { measure } = indicator;
  const asCatalogue =
    measure.kind === 'number'
      ? {
          kind: 'number' as const,
          unit: measure.unit ?? '',
          threshold: { comparison: measure.comparison ?? 'gte', value: measure.threshold ?? 0 },
        }
      : measure.kind === 'level'
        ? { kind: 'level' as const, levels: measure.levels ?? [], minimum: measure.minimum ?? '' }
        : { kind: measure.kind as 'boolean' | 'judgement' };
  // The threshold is this dossier's already: any variant leaves it as it is.
  return evaluateIndicator({ id: indicator.indicatorId, name: indicator.name, measure: asCatalogue }, value, {
    group: 1,
  });
}

/** "đạt x/y tiêu chí" for the values being typed, before anything is sent. */
export function liveCount(
  criteria: readonly CriterionView[],
  values: Readonly<Record<string, IndicatorValue | undefined>>,
) {
  const verdicts = criteria.map((criterion) =>
    combineVerdicts(
      criterion.indicators.map((indicator) => indicatorVerdict(indicator, values[indicator.indicatorId])),
    ),
  );
  return { met: verdicts.filter((verdict) => verdict === 'met').length, total: criteria.length, verdicts };
}
