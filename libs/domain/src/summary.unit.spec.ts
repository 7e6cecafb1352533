import { aggregate } from './evolve';
import { initialState } from './state';
import { dossierSummary } from './summary';
import {
  clearStep,
  cmd,
  criterionIds,
  filingCommands,
  history,
  metValues,
  pinnedRules,
  recognitionCommands,
  run,
  threeTierRegime,
  twoTierRegime,
} from './testing/fixtures';
import { LAPSED_CRITERIA, revokedStepwise } from './testing/revocation-fixtures';

const summaryAfter = (...commands: Parameters<typeof history>) => dossierSummary(aggregate(history(...commands)));
const filing = () => filingCommands(pinnedRules(threeTierRegime));

describe('dossierSummary', () => {
  it('keeps each refusal with its reasons per criterion, for the commune to put right', () => {
    const summary = summaryAfter(...filingCommands(), cmd.submit('province'), cmd.refuse('c-income'));
    expect(summary).toMatchObject({
      status: 'refused',
      refusals: [{ round: 1, reasons: [{ criterionId: 'c-income', reason: 'Chưa đạt' }] }],
    });
  });

  it('is undefined before registration', () => {
    expect(dossierSummary(initialState())).toBeUndefined();
  });

  it('counts "đạt x/N tiêu chí" from the self-assessment before review', () => {
    const summary = summaryAfter(cmd.register(), cmd.selfAssess({ ...metValues, 'i-poverty': 20 }));
    expect(summary).toMatchObject({
      status: 'self-assessed',
      round: 1,
      level: 'ntm',
      criteria: {
        metCount: 2,
        total: 4,
        labelVi: 'đạt 2/4 tiêu chí',
        unmet: ['c-poverty'],
        awaitingJudgement: ['c-security'],
      },
      stage: null,
    });
  });

  it('lists pending appraisals with departments and due dates, and follows the stage phase', () => {
    const atDistrict = [...filing(), cmd.submit('district')];
    expect(summaryAfter(...atDistrict)?.stage).toEqual({
      stepIndex: 0,
      tier: 'district',
      step: 'verification',
      council: true,
      phase: 'awaiting-assignment',
    });
    const summary = summaryAfter(
      ...atDistrict,
      cmd.assign('district', '2026-04-15'),
      cmd.appraise('c-income'),
      cmd.requestSupplement('c-poverty'),
      cmd.extend('c-security', '2026-04-20'),
    );
    expect(summary?.stage?.phase).toBe('appraising');
    expect(summary?.pendingAppraisals).toEqual([
      { criterionId: 'c-poverty', department: 'ldtbxh', dueDate: '2026-04-15', status: 'supplement-requested' },
      { criterionId: 'c-planning', department: 'xay-dung', dueDate: '2026-04-15', status: 'pending' },
      { criterionId: 'c-security', department: 'cong-an', dueDate: '2026-04-20', status: 'pending' },
    ]);
  });

  it('flags overdue appraisals as of a given instant (a due date runs to the end of the day, Vietnam time)', () => {
    const events = history(...filing(), cmd.submit('district'), cmd.assign('district', '2026-04-15'));
    const overdue = (asOf: string) => dossierSummary(aggregate(events), asOf)?.pendingAppraisals.map((p) => p.overdue);
    expect(overdue('2026-04-15T16:59:59.999Z')).toEqual([false, false, false, false]);
    expect(overdue('2026-04-15T17:00:00.000Z')).toEqual([true, true, true, true]);
    expect(dossierSummary(aggregate(events))?.pendingAppraisals[0]).not.toHaveProperty('overdue');
  });

  it('uses the appraisal verdicts of the current step once given', () => {
    const appraised = [
      ...filing(),
      cmd.submit('district'),
      cmd.assign('district'),
      cmd.appraise('c-income', 'not-met'),
      ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
      cmd.complete('district'),
    ];
    expect(summaryAfter(...appraised)).toMatchObject({
      criteria: { metCount: 3, unmet: ['c-income'], awaitingJudgement: [] },
      stage: { phase: 'consolidated' },
      pendingAppraisals: [],
    });
  });

  it('shows the council phase, the survey and the recognition', () => {
    expect(summaryAfter(...filing(), ...clearStep('district').slice(0, -6))?.stage?.phase).toBe('council-open');
    const { state } = run(recognitionCommands(threeTierRegime));
    expect(dossierSummary(state)).toMatchObject({
      status: 'recognised',
      criteria: { metCount: 4, total: 4, labelVi: 'đạt 4/4 tiêu chí' },
      stage: { tier: 'province', phase: 'council-concluded' },
      survey: { attempt: 1, rate: 0.95, threshold: 0.9, passed: true },
      comments: { total: 1, unanswered: 0 },
      recognition: { decisionNumber: '123/QĐ-UBND', authority: 'Chủ tịch UBND tỉnh' },
      regimeId: 'three-tier-2022',
    });
  });

  it('counts a revoked recognition without the criteria its verification confirmed unmet, the others as appraised', () => {
    const recognised = summaryAfter(...recognitionCommands(twoTierRegime));
    const revoked = summaryAfter(...revokedStepwise());
    expect(recognised?.criteria).toMatchObject({ metCount: criterionIds.length, unmet: [] });
    expect(revoked).toMatchObject({
      status: 'revoked',
      criteria: { metCount: criterionIds.length - LAPSED_CRITERIA.length, unmet: LAPSED_CRITERIA },
    });
    const stillMet = criterionIds.filter((id) => !LAPSED_CRITERIA.includes(id));
    expect(stillMet.map((id) => revoked?.criteria.verdicts[id])).toEqual(stillMet.map(() => 'met'));
  });

  it('counts a direct revocation without the criteria its proposal named', () => {
    const direct = [...recognitionCommands(twoTierRegime), cmd.proposeRevocation(LAPSED_CRITERIA), cmd.revoke()];
    expect(summaryAfter(...direct.slice(0, -1))?.criteria.unmet).toEqual([]);
    expect(summaryAfter(...direct)?.criteria).toMatchObject({
      unmet: LAPSED_CRITERIA,
      verdicts: { 'c-income': 'not-met' },
    });
  });
});
