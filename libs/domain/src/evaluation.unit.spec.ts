import {
  compare,
  evaluateCriteria,
  evaluateCriterion,
  evaluateIndicator,
  metLabelVi,
  resolveThreshold,
  revocationGrounds,
  type IndicatorVerdict,
} from './evaluation';
import type { Comparison, CriteriaSet, Indicator, Threshold, Variant } from './rules';
import { criteriaSet, metValues } from './testing/fixtures';

const numberIndicator = (threshold: Threshold): Indicator => ({
  id: 'i',
  name: 'chỉ tiêu',
  measure: { kind: 'number', unit: '%', threshold },
});
const delta = 'red-river-delta' as const;
const at = (comparison: Comparison, value: number) => numberIndicator({ comparison, value });

describe('indicator thresholds are exact at the boundary', () => {
  it.each<[Comparison, number, IndicatorVerdict, IndicatorVerdict, IndicatorVerdict]>([
    // comparison, threshold, just below, at, just above
    ['gte', 90, 'not-met', 'met', 'met'],
    ['gt', 90, 'not-met', 'not-met', 'met'],
    ['lte', 13, 'met', 'met', 'not-met'],
    ['lt', 13, 'met', 'not-met', 'not-met'],
    ['eq', 100, 'not-met', 'met', 'not-met'],
  ])('%s %d: below %s, at %s, above %s', (comparison, threshold, below, exact, above) => {
    const indicator = at(comparison, threshold);
    const variant: Variant = { region: delta };
    expect(evaluateIndicator(indicator, threshold - 0.001, variant)).toBe(below);
    expect(evaluateIndicator(indicator, threshold, variant)).toBe(exact);
    expect(evaluateIndicator(indicator, threshold + 0.001, variant)).toBe(above);
  });

  it('compares decimal thresholds exactly (0.9 at 0.9 is met)', () => {
    expect(compare('gte', 0.9, 0.9)).toBe(true);
    expect(compare('gte', 9 / 10, 0.9)).toBe(true);
    expect(compare('lt', 0.1 + 0.2, 0.3)).toBe(false);
  });
});

describe('thresholds resolve by the pinned variant', () => {
  const byRegion: Threshold = {
    comparison: 'gte',
    value: 48,
    byRegion: { 'northern-midlands-mountains': 42, 'mekong-delta': 50 },
  };
  const byGroup: Threshold = { comparison: 'lte', value: 10, byGroup: { '1': 5, '3': 20 } };

  const rows: [Threshold, Variant, number][] = [
    [byRegion, { region: 'northern-midlands-mountains' }, 42],
    [byRegion, { region: 'mekong-delta' }, 50],
    [byRegion, { region: delta }, 48],
    [byGroup, { group: 1 }, 5],
    [byGroup, { group: 2 }, 10],
    [byGroup, { group: 3 }, 20],
    [byGroup, { region: delta }, 10],
  ];
  it.each(rows.map(([t, v, e]) => [v, e, t] as const))('%j resolves to %d', (variant, expected, threshold) => {
    expect(resolveThreshold(threshold, variant)).toBe(expected);
  });

  it('a northern mountain commune meets income 42 that a delta commune does not', () => {
    const indicator = numberIndicator(byRegion);
    expect(evaluateIndicator(indicator, 42, { region: 'northern-midlands-mountains' })).toBe('met');
    expect(evaluateIndicator(indicator, 41.99, { region: 'northern-midlands-mountains' })).toBe('not-met');
    expect(evaluateIndicator(indicator, 42, { region: delta })).toBe('not-met');
  });

  it('commune group 3 has the looser poverty threshold, group 1 the stricter', () => {
    const indicator = numberIndicator(byGroup);
    expect(evaluateIndicator(indicator, 20, { group: 3 })).toBe('met');
    expect(evaluateIndicator(indicator, 20.5, { group: 3 })).toBe('not-met');
    expect(evaluateIndicator(indicator, 5, { group: 1 })).toBe('met');
    expect(evaluateIndicator(indicator, 6, { group: 1 })).toBe('not-met');
    expect(evaluateIndicator(indicator, 10, { group: 2 })).toBe('met');
  });
});

describe('other measures', () => {
  const variant: Variant = { region: delta };
  const level: Indicator = {
    id: 'l',
    name: 'mức',
    measure: { kind: 'level', levels: ['none', 'level-1', 'level-2'], minimum: 'level-1' },
  };
  const bool: Indicator = { id: 'b', name: 'có/không', measure: { kind: 'boolean' } };
  const judgement: Indicator = { id: 'j', name: 'đánh giá', measure: { kind: 'judgement' } };

  const rows: [Indicator, unknown, IndicatorVerdict][] = [
    [level, 'none', 'not-met'],
    [level, 'level-1', 'met'],
    [level, 'level-2', 'met'],
    [level, 'level-9', 'missing'],
    [bool, true, 'met'],
    [bool, false, 'not-met'],
    [bool, 'yes', 'missing'],
    [bool, undefined, 'missing'],
    [at('gte', 1), Number.NaN, 'missing'],
    [at('gte', 1), '5', 'missing'],
    [judgement, 'mô tả', 'needs-judgement'],
    [judgement, undefined, 'needs-judgement'],
  ];
  it.each(rows.map(([i, v, e]) => [i.measure.kind, v, e, i] as const))(
    '%s with %p is %s',
    (_kind, value, expected, indicator) => {
      expect(evaluateIndicator(indicator, value as never, variant)).toBe(expected);
    },
  );

  it('a judgement indicator takes the appraiser verdict', () => {
    expect(evaluateIndicator(judgement, undefined, variant, 'met')).toBe('met');
    expect(evaluateIndicator(judgement, undefined, variant, 'not-met')).toBe('not-met');
  });
});

describe('criteria are met only when every indicator is met', () => {
  const variant: Variant = { region: delta };
  const security = criteriaSet.criteria.find((c) => c.id === 'c-security')!;
  const planning = criteriaSet.criteria.find((c) => c.id === 'c-planning')!;

  it('a criterion with a judgement indicator waits for the appraiser', () => {
    expect(evaluateCriterion(security, metValues, variant).verdict).toBe('needs-judgement');
    expect(evaluateCriterion(security, metValues, variant, { 'i-security': 'met' }).verdict).toBe('met');
    expect(evaluateCriterion(security, metValues, variant, { 'i-security': 'not-met' }).verdict).toBe('not-met');
  });

  it('not-met beats missing beats needs-judgement', () => {
    expect(evaluateCriterion(planning, { 'i-plan': false }, variant).verdict).toBe('not-met');
    expect(evaluateCriterion(planning, { 'i-plan': true }, variant).verdict).toBe('missing');
    expect(evaluateCriterion(security, { 'i-militia': false }, variant).verdict).toBe('not-met');
    expect(evaluateCriterion(security, {}, variant).verdict).toBe('missing');
  });

  it('counts "đạt x/N tiêu chí" and lists the unmet, derived from the values', () => {
    const evaluation = evaluateCriteria(criteriaSet, { ...metValues, 'i-income': 47.9 }, variant);
    expect(evaluation).toMatchObject({ metCount: 2, total: 4, unmet: ['c-income'], awaitingJudgement: ['c-security'] });
    expect(metLabelVi(evaluation.metCount, evaluation.total)).toBe('đạt 2/4 tiêu chí');
    const judged = evaluateCriteria(criteriaSet, metValues, variant, { 'i-security': 'met' });
    expect(judged).toMatchObject({ metCount: 4, unmet: [], awaitingJudgement: [] });
  });
});

describe('revocation grounds (QĐ 18/2022/QĐ-TTg, Điều 23)', () => {
  const rules = { partialBand: { fromShare: 0.3, belowShare: 0.5 }, fullShare: 0.5 };
  const ten: CriteriaSet = {
    ...criteriaSet,
    criteria: Array.from({ length: 10 }, (_, i) => ({
      id: `k${i}`,
      name: `Tiêu chí ${i}`,
      nameEn: `Criterion ${i}`,
      critical: i === 0,
      indicators: [],
    })),
  };
  const ids = (...n: number[]) => n.map((i) => `k${i}`);

  it.each<[string, string[], boolean, string]>([
    ['2/10 unmet, one critical: below the band', ids(0, 1), false, 'none'],
    ['3/10 unmet, none critical: band without a critical criterion', ids(1, 2, 3), false, 'partial'],
    ['3/10 unmet, one critical: revoke', ids(0, 1, 2), true, 'partial'],
    ['4/10 unmet, one critical: revoke', ids(0, 1, 2, 3), true, 'partial'],
    ['4/10 unmet, none critical: keep', ids(1, 2, 3, 4), false, 'partial'],
    ['5/10 unmet, none critical: 50% or more revokes', ids(1, 2, 3, 4, 5), true, 'full'],
    ['10/10 unmet: revoke', ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), true, 'full'],
    ['unknown ids are ignored', ['nope', 'k1'], false, 'none'],
  ])('%s', (_name, unmet, revoke, band) => {
    const grounds = revocationGrounds(ten, unmet, rules);
    expect(grounds.revoke).toBe(revoke);
    expect(grounds.band).toBe(band);
  });

  it('reports the critical criteria that are unmet', () => {
    expect(revocationGrounds(ten, ids(0, 1, 2), rules)).toMatchObject({
      criticalUnmet: ['k0'],
      unmetCount: 3,
      total: 10,
      share: 0.3,
    });
  });
});
