import { assessmentView } from './assessment-view';
import type { FiledDossier } from './state';
import { cmd, filingCommands, pinnedRules, run } from './testing/fixtures';

const inReview = () => run([...filingCommands(pinnedRules()), cmd.submit('province'), cmd.assign('province')]);

describe('assessmentView', () => {
  it('gives each indicator its value, evidence and verdict against the threshold of the dossier’s region', () => {
    const { state, events } = inReview();
    const view = assessmentView(state as FiledDossier, events);
    const income = view.criteria.find((c) => c.criterionId === 'c-income')!;
    expect(income).toMatchObject({ department: 'thong-ke', critical: true, verdict: 'met' });
    expect(income.indicators[0]).toMatchObject({
      indicatorId: 'i-income',
      value: 50,
      verdict: 'met',
      // 48 nationally: red-river-delta has no figure of its own.
      measure: { kind: 'number', comparison: 'gte', threshold: 48, unconfirmed: false },
    });
    expect(income.indicators[0].evidence.length).toBeGreaterThan(0);
    expect(view.constructionDebt?.outstanding).toBe(false);
    expect(view.posting?.closed).toBe(true);
    expect(view.comments).toHaveLength(1);
  });

  it('lists the round’s supplement requests, answered once a supplement comes, and every appraisal', () => {
    const asked = run([cmd.requestSupplement('c-poverty')], inReview());
    const answered = run([cmd.provideSupplement('c-poverty', { 'i-poverty': 4 }), cmd.appraise('c-poverty')], asked);
    const before = assessmentView(asked.state as FiledDossier, asked.events);
    expect(before.supplementRequests).toEqual([
      expect.objectContaining({
        criterionId: 'c-poverty',
        department: 'ldtbxh',
        reason: 'Thiếu biên bản',
        provided: false,
      }),
    ]);
    const after = assessmentView(answered.state as FiledDossier, answered.events);
    expect(after.supplementRequests[0].provided).toBe(true);
    // The supplement's correction is the value in force.
    const poverty = after.criteria.find((c) => c.criterionId === 'c-poverty')!;
    expect(poverty.indicators[0].value).toBe(4);
    expect(after.appraisals).toEqual([
      expect.objectContaining({ round: 1, tier: 'province', criterionId: 'c-poverty', verdict: 'met' }),
    ]);
  });
});
