import type { CriteriaMapping } from './rules';
import { criteriaSet, metValues } from './testing/fixtures';
import { compareGenerations } from './transition';

/** A two-criterion successor of the test set: income and poverty merge, security carries on, one is new. */
const successor = {
  ...criteriaSet,
  id: 'test-commune-ntm-2026',
  variantBy: 'group' as const,
  criteria: [
    { ...criteriaSet.criteria[0]!, id: 'n-economy', name: 'Kinh tế và giảm nghèo' },
    { ...criteriaSet.criteria[3]!, id: 'n-security', name: 'Quốc phòng và An ninh' },
    {
      id: 'n-digital',
      name: 'Chuyển đổi số',
      nameEn: 'Digital transformation',
      critical: false,
      indicators: [{ id: 'i-digital', name: 'Có nền tảng số', measure: { kind: 'boolean' as const } }],
    },
  ],
};
const mapping: CriteriaMapping = {
  from: criteriaSet.id,
  to: successor.id,
  source: 'test',
  criteria: { 'n-economy': ['c-income', 'c-poverty'], 'n-security': ['c-security'], 'n-digital': [] },
};
const old = { set: criteriaSet, variant: { region: 'red-river-delta' } as const };

describe('a commune’s standing under the old and the new criteria side by side', () => {
  it('maps each new criterion to the old ones it takes over, marks the new ones, with verdicts from each side’s values', () => {
    const comparison = compareGenerations(
      mapping,
      { ...old, values: { ...metValues, 'i-poverty': 20 } },
      { set: successor, variant: { group: 2 }, values: { 'i-income': 50, 'i-digital': false } },
    );
    expect(comparison.rows.map((row) => [row.criterion.criterionId, row.criterion.verdict, row.isNew])).toEqual([
      ['n-economy', 'met', false],
      ['n-security', 'missing', false],
      ['n-digital', 'not-met', true],
    ]);
    expect(comparison.rows[0]?.predecessors).toEqual([
      { criterionId: 'c-income', name: 'Thu nhập', verdict: 'met' },
      { criterionId: 'c-poverty', name: 'Nghèo đa chiều', verdict: 'not-met' },
    ]);
    expect(comparison.old).toMatchObject({ metCount: 2, total: 4, measured: true });
    expect(comparison.current).toMatchObject({ metCount: 1, total: 3, measured: true });
  });

  it('a set the commune was never measured under reads as unknown, not as unmet', () => {
    const comparison = compareGenerations(
      mapping,
      { ...old, values: metValues },
      { set: successor, variant: { group: 1 } },
    );
    expect(comparison.rows.every((row) => row.criterion.verdict === 'unknown')).toBe(true);
    expect(comparison.current).toMatchObject({ metCount: 0, measured: false });
  });
});
