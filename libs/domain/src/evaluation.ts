import type { Comparison, CriteriaSet, Criterion, Indicator, RevocationRules, Threshold, Variant } from './rules';

/** A measured value as the commune reports it: yes/no, a number, or a level name. */
export type IndicatorValue = boolean | number | string;

export type IndicatorVerdict = 'met' | 'not-met' | 'needs-judgement' | 'missing';
export type CriterionVerdict = IndicatorVerdict;
/** The verdict an appraiser gives (per criterion, or per judgement indicator). */
export type AppraisalVerdict = 'met' | 'not-met';

export type MeasuredValues = Readonly<Record<string, IndicatorValue>>;
export type JudgementVerdicts = Readonly<Record<string, AppraisalVerdict>>;

export interface IndicatorEvaluation {
  readonly indicatorId: string;
  readonly verdict: IndicatorVerdict;
}

export interface CriterionEvaluation {
  readonly criterionId: string;
  readonly verdict: CriterionVerdict;
  readonly indicators: readonly IndicatorEvaluation[];
}

export interface CriteriaEvaluation {
  readonly criteria: readonly CriterionEvaluation[];
  /** "đạt x/N tiêu chí": x. */
  readonly metCount: number;
  /** "đạt x/N tiêu chí": N. */
  readonly total: number;
  /** Criteria with an indicator not met or not measured. */
  readonly unmet: readonly string[];
  /** Criteria whose measured indicators are met but which wait for an appraiser's judgement. */
  readonly awaitingJudgement: readonly string[];
}

/** The threshold that applies to this dossier's variant (region for QĐ 318, commune group for QĐ 51/2025). */
export function resolveThreshold(threshold: Threshold, variant: Variant): number {
  const specific =
    'region' in variant
      ? threshold.byRegion?.[variant.region]
      : threshold.byGroup?.[String(variant.group) as '1' | '2' | '3'];
  return specific ?? threshold.value;
}

/** Exact at the boundary: "≥ 90" is met by 90, "> 90" is not. */
export function compare(comparison: Comparison, actual: number, expected: number): boolean {
  switch (comparison) {
    case 'gte':
      return actual >= expected;
    case 'gt':
      return actual > expected;
    case 'lte':
      return actual <= expected;
    case 'lt':
      return actual < expected;
    case 'eq':
      return actual === expected;
    default: {
      const unreachable: never = comparison;
      return unreachable;
    }
  }
}

/** Whether a value has the shape the indicator's measure expects (a level must be one of its levels). */
export function isValueOfMeasure(indicator: Indicator, value: IndicatorValue): boolean {
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'level':
      return typeof value === 'string' && measure.levels.includes(value);
    case 'judgement':
      return true;
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

/**
 * The verdict for one indicator. A judgement indicator has no automatic verdict: it is
 * `needs-judgement` until an appraiser's verdict is given.
 */
export function evaluateIndicator(
  indicator: Indicator,
  value: IndicatorValue | undefined,
  variant: Variant,
  judgement?: AppraisalVerdict,
): IndicatorVerdict {
  const measure = indicator.measure;
  if (measure.kind === 'judgement') return judgement ?? 'needs-judgement';
  if (value === undefined || !isValueOfMeasure(indicator, value)) return 'missing';
  switch (measure.kind) {
    case 'boolean':
      return value === true ? 'met' : 'not-met';
    case 'number':
      return compare(measure.threshold.comparison, value as number, resolveThreshold(measure.threshold, variant))
        ? 'met'
        : 'not-met';
    case 'level':
      return measure.levels.indexOf(value as string) >= measure.levels.indexOf(measure.minimum) ? 'met' : 'not-met';
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

/** The worst indicator verdict wins: not-met, then missing, then needs-judgement; met only when all are met. */
export function combineVerdicts(verdicts: readonly IndicatorVerdict[]): CriterionVerdict {
  for (const worst of ['not-met', 'missing', 'needs-judgement'] as const) {
    if (verdicts.includes(worst)) return worst;
  }
  return 'met';
}

export function evaluateCriterion(
  criterion: Criterion,
  values: MeasuredValues,
  variant: Variant,
  judgements: JudgementVerdicts = {},
): CriterionEvaluation {
  const indicators = criterion.indicators.map((indicator) => ({
    indicatorId: indicator.id,
    verdict: evaluateIndicator(indicator, values[indicator.id], variant, judgements[indicator.id]),
  }));
  return { criterionId: criterion.id, verdict: combineVerdicts(indicators.map((i) => i.verdict)), indicators };
}

/** Derived, never typed in: per-criterion verdicts, "đạt x/N tiêu chí" and the unmet list. */
export function evaluateCriteria(
  criteriaSet: CriteriaSet,
  values: MeasuredValues,
  variant: Variant,
  judgements: JudgementVerdicts = {},
): CriteriaEvaluation {
  const criteria = criteriaSet.criteria.map((c) => evaluateCriterion(c, values, variant, judgements));
  return summariseVerdicts(criteria);
}

export function summariseVerdicts(criteria: readonly CriterionEvaluation[]): CriteriaEvaluation {
  const ids = (pred: (v: CriterionVerdict) => boolean) =>
    criteria.filter((c) => pred(c.verdict)).map((c) => c.criterionId);
  return {
    criteria,
    metCount: ids((v) => v === 'met').length,
    total: criteria.length,
    unmet: ids((v) => v === 'not-met' || v === 'missing'),
    awaitingJudgement: ids((v) => v === 'needs-judgement'),
  };
}

/** "đạt x/N tiêu chí" */
export const metLabelVi = (metCount: number, total: number): string => `đạt ${metCount}/${total} tiêu chí`;

export type RevocationBand = 'none' | 'partial' | 'full';

export interface RevocationAssessment {
  readonly revoke: boolean;
  readonly band: RevocationBand;
  readonly unmetCount: number;
  readonly total: number;
  readonly share: number;
  readonly criticalUnmet: readonly string[];
}

/** A district's communes recognised NTM, and how many of them had that recognition revoked. */
export interface CommuneRevocations {
  readonly recognised: number;
  readonly revoked: number;
}

/**
 * QĐ 18/2022/QĐ-TTg, Điều 23: a district's recognition is also revoked when 30% or more of its
 * recognised communes had theirs revoked; the decree's 30% is the lower bound of the criteria band.
 */
export const communesGround = (communes: CommuneRevocations | undefined, rules: RevocationRules): boolean =>
  communes !== undefined &&
  communes.recognised > 0 &&
  communes.revoked / communes.recognised >= rules.partialBand.fromShare;

/**
 * QĐ 18/2022/QĐ-TTg, Điều 23: recognition is revoked when 50% or more of the criteria are no
 * longer met, or when 30% to under 50% are no longer met and at least one of them is critical.
 * The bands and the critical list are catalogue data. Unknown ids are ignored.
 */
export function revocationGrounds(
  criteriaSet: CriteriaSet,
  unmetCriterionIds: readonly string[],
  rules: RevocationRules,
): RevocationAssessment {
  const unmet = criteriaSet.criteria.filter((c) => unmetCriterionIds.includes(c.id));
  const total = criteriaSet.criteria.length;
  const share = total === 0 ? 0 : unmet.length / total;
  const criticalUnmet = unmet.filter((c) => c.critical).map((c) => c.id);
  const band: RevocationBand =
    share >= rules.fullShare
      ? 'full'
      : share >= rules.partialBand.fromShare && share < rules.partialBand.belowShare
        ? 'partial'
        : 'none';
  const revoke = band === 'full' || (band === 'partial' && criticalUnmet.length > 0);
  return { revoke, band, unmetCount: unmet.length, total, share, criticalUnmet };
}
