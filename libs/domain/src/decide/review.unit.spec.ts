/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import type { Regime } from '../rules';
import { given } from '../testing/decider-specification';
import {
  clearStep,
  cmd,
  criterionIds,
  departmentOf,
  filingCommands,
  history,
  pinnedRules,
  threeTierRegime,
  twoTierRegime,
} from '../testing/fixtures';

const filing = (regime: Regime = threeTierRegime) => filingCommands(pinnedRules(regime));
const atDistrict = () => [...filing(), cmd.submit('district')];
const assigned = () => [...atDistrict(), cmd.assign('district')];
const appraisedAll = () => [...assigned(), ...criterionIds.map((id) => cmd.appraise(id))];

describe('SubmitForReview', () => {
  it('follows regime.steps: three tiers go to the district first', () => {
    given(history(...filing()))
      .when(cmd.submit('district'))
      .thenEmits(
        ['DossierSubmitted'],
        [{ round: 1, stepIndex: 0, tier: 'district', step: 'verification', council: true }],
      );
    given(history(...filing()))
      .when(cmd.submit('province'))
      .thenFails('review.wrong-tier');
  });

  it('two tiers go straight to the province, by the same code path', () => {
    given(history(...filing(twoTierRegime)))
      .when(cmd.submit('province'))
      .thenEmits(['DossierSubmitted'], [{ stepIndex: 0, tier: 'province', step: 'appraisal' }]);
  });

  it('refuses when the survey is below the threshold or a comment is unanswered', () => {
    const [register, selfAssess, post, comment, , close] = filing();
    given(history(register!, selfAssess!, post!, comment!, cmd.answer(), close!, cmd.survey(100, 80)))
      .when(cmd.submit('district'))
      .thenFails('survey.below-threshold', 'forbidden');
    given(history(register!, selfAssess!, post!, comment!, close!, cmd.survey()))
      .when(cmd.submit('district'))
      .thenFails('comments.unanswered', 'forbidden');
  });

  it('moves to the province only when the district step is cleared', () => {
    given(history(...appraisedAll()))
      .when(cmd.submit('province'))
      .thenFails('review.step-incomplete');
    given(history(...filing(), ...clearStep('district')))
      .when(cmd.submit('province'))
      .thenEmits(['DossierSubmitted'], [{ stepIndex: 1, tier: 'province' }]);
    given(history(...filing(), ...clearStep('district'), ...clearStep('province')))
      .when(cmd.submit('province'))
      .thenFails('review.no-further-step');
  });

  it('refuses to move on with an unmet criterion or a council that did not approve', () => {
    const withUnmet = [
      ...assigned(),
      cmd.appraise('c-income', 'not-met'),
      ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
    ];
    given(history(...withUnmet, cmd.complete('district')))
      .when(cmd.submit('province'))
      .thenFails('review.criteria-unmet', 'forbidden');
    const rejected = [
      ...appraisedAll(),
      cmd.complete('district'),
      cmd.openCouncil('district'),
      ...['member-1', 'member-2', 'member-3', 'member-4'].map((m) => cmd.vote(m, false)),
      cmd.closeCouncil('district'),
    ];
    given(history(...rejected))
      .when(cmd.submit('province'))
      .thenFails('council.not-approved');
  });
});

describe('AssignCriteria', () => {
  it('derives each department from the pinned assignments, never typed in', () => {
    given(history(...atDistrict()))
      .when(cmd.assign('district', '2026-04-15'))
      .thenEmits(
        ['CriteriaAssigned'],
        [
          {
            assignments: criterionIds.map((id) => ({
              criterionId: id,
              department: departmentOf[id],
              dueDate: '2026-04-15',
            })),
          },
        ],
      );
  });

  it('at a step reviewed by divisions, sends each criterion to its department’s district division', () => {
    const [district, province] = threeTierRegime.steps;
    const divisions = { 'thong-ke': 'CCTK', ldtbxh: 'PLDTBXH', 'xay-dung': 'PKTHT', 'cong-an': 'CAH' };
    const regime: Regime = { ...threeTierRegime, steps: [{ ...district, divisions }, province] };
    const toDivision = (id: string) => divisions[departmentOf[id] as keyof typeof divisions];
    given(history(...filing(regime), cmd.submit('district')))
      .when(cmd.assign('district', '2026-04-15'))
      .thenEmits(
        ['CriteriaAssigned'],
        [
          {
            assignments: criterionIds.map((id) => ({
              criterionId: id,
              department: toDivision(id),
              dueDate: '2026-04-15',
            })),
          },
        ],
      );
  });

  it('refuses a second dispatch, a wrong tier, or before submission', () => {
    given(history(...assigned()))
      .when(cmd.assign('district'))
      .thenFails('assignment.already-assigned');
    given(history(...atDistrict()))
      .when(cmd.assign('province'))
      .thenFails('review.wrong-tier');
    given(history(...filing()))
      .when(cmd.assign('district'))
      .thenFails('dossier.invalid-state');
  });

  it('refuses when the catalogue leaves a criterion without a department', () => {
    const rules = { ...pinnedRules(threeTierRegime), assignments: { 'c-income': 'thong-ke' } };
    given(history(...filingCommands(rules), cmd.submit('district')))
      .when(cmd.assign('district'))
      .thenFails('assignment.department-missing');
  });
});

describe('AppraiseCriterion', () => {
  it('records the verdict of the assigned department and who appraised (indicator-level assignment too)', () => {
    given(history(...assigned()))
      .when(cmd.appraise('c-planning'))
      .thenEmits(['CriterionAppraised'], [{ department: 'xay-dung' }]);
    given(history(...assigned()))
      .when(cmd.appraise('c-income'))
      .thenEmits(
        ['CriterionAppraised'],
        [{ criterionId: 'c-income', verdict: 'met', appraisedBy: 'appraiser-thong-ke' }],
      );
  });

  it('refuses before submission and before dispatch', () => {
    given(history(...filing()))
      .when(cmd.appraise('c-income'))
      .thenFails('dossier.invalid-state', 'conflict');
    given(history(...atDistrict()))
      .when(cmd.appraise('c-income'))
      .thenFails('assignment.not-dispatched');
  });

  it('refuses a department the criterion is not assigned to', () => {
    given(history(...assigned()))
      .when(cmd.appraise('c-income', 'met', { department: 'xay-dung' }))
      .thenFails('appraisal.not-assigned', 'forbidden');
  });

  it('a judgement indicator needs the appraiser’s verdict before the criterion can be met', () => {
    given(history(...assigned()))
      .when(cmd.appraise('c-security', 'met', { judgements: {} }))
      .thenFails('appraisal.verdict-inconsistent', 'forbidden');
    given(history(...assigned()))
      .when(cmd.appraise('c-security', 'met', { judgements: { 'i-income': 'met' } }))
      .thenFails('indicator.not-found');
  });

  it('refuses an unknown criterion, a not-met without findings, and a completed step', () => {
    given(history(...assigned()))
      .when(cmd.appraise('c-nope'))
      .thenFails('criterion.not-found', 'not-found');
    const notMet = cmd.appraise('c-income', 'not-met');
    given(history(...assigned()))
      .when({ ...notMet, data: { ...notMet.data, findings: ' ' } } as typeof notMet)
      .thenFails('command.invalid-field', 'validation');
    given(history(...appraisedAll(), cmd.complete('district')))
      .when(cmd.appraise('c-income'))
      .thenFails('review.step-completed');
  });
});

describe('RequestSupplement / ProvideSupplement', () => {
  it('supplements may be requested twice on the same criterion', () => {
    given(history(...assigned()))
      .when(cmd.requestSupplement('c-poverty'))
      .thenEmits(['SupplementRequested'], [{ request: 1 }]);
    given(history(...assigned(), cmd.requestSupplement('c-poverty'), cmd.provideSupplement('c-poverty')))
      .when(cmd.requestSupplement('c-poverty'))
      .thenEmits(['SupplementRequested'], [{ request: 2 }]);
  });

  it('no appraisal nor a second request while a supplement is awaited', () => {
    const awaiting = history(...assigned(), cmd.requestSupplement('c-poverty'));
    given(awaiting).when(cmd.appraise('c-poverty')).thenFails('appraisal.awaiting-supplement');
    given(awaiting).when(cmd.requestSupplement('c-poverty')).thenFails('supplement.already-requested');
    given(history(...assigned()))
      .when(cmd.requestSupplement('c-poverty', 'cong-an'))
      .thenFails('appraisal.not-assigned');
  });

  it('a supplement answers a request, with values of the criterion’s own indicators only', () => {
    const awaiting = history(...assigned(), cmd.requestSupplement('c-income'));
    given(history(...assigned()))
      .when(cmd.provideSupplement('c-income'))
      .thenFails('supplement.not-requested');
    given(awaiting)
      .when(cmd.provideSupplement('c-income', { 'i-poverty': 1 }))
      .thenFails('indicator.not-found');
    given(awaiting)
      .when(cmd.provideSupplement('c-income', { 'i-income': 40 }))
      .thenEmits(
        ['SupplementProvided'],
        [{ indicators: [{ indicatorId: 'i-income', value: 40, verdict: 'not-met' }] }],
      );
  });

  it('corrected values count: an income corrected below the threshold cannot be appraised met', () => {
    given(
      history(...assigned(), cmd.requestSupplement('c-income'), cmd.provideSupplement('c-income', { 'i-income': 40 })),
    )
      .when(cmd.appraise('c-income'))
      .thenFails('appraisal.verdict-inconsistent');
  });
});

describe('ExtendDeadline', () => {
  it('extends a criterion’s due date to a later one only', () => {
    given(history(...assigned()))
      .when(cmd.extend('c-income', '2026-04-30'))
      .thenEmits(['DeadlineExtended'], [{ previousDueDate: '2026-04-15', dueDate: '2026-04-30' }]);
    given(history(...assigned()))
      .when(cmd.extend('c-income', '2026-04-10'))
      .thenFails('deadline.not-later', 'validation');
    given(history(...assigned()))
      .when(cmd.extend('c-nope'))
      .thenFails('criterion.not-found');
    given(history(...atDistrict()))
      .when(cmd.extend('c-income'))
      .thenFails('assignment.not-dispatched');
  });
});

describe('CompleteReviewStep', () => {
  it('consolidates when every criterion is appraised', () => {
    given(history(...appraisedAll()))
      .when(cmd.complete('district'))
      .thenEmits(['ReviewStepCompleted'], [{ metCount: 4, total: 4, unmet: [], step: 'verification' }]);
    given(
      history(
        ...assigned(),
        cmd.appraise('c-income', 'not-met'),
        ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
      ),
    )
      .when(cmd.complete('district'))
      .thenEmits(['ReviewStepCompleted'], [{ metCount: 3, unmet: ['c-income'] }]);
  });

  it('refuses while appraisals are pending, listing them', () => {
    const result = given(history(...assigned(), cmd.appraise('c-income'))).when(cmd.complete('district'));
    result.thenFails('review.appraisals-pending', 'forbidden');
    given(history(...atDistrict()))
      .when(cmd.complete('district'))
      .thenFails('assignment.not-dispatched');
    given(history(...appraisedAll(), cmd.complete('district')))
      .when(cmd.complete('district'))
      .thenFails('review.step-completed');
  });

  it('refuses to consolidate a tier the dossier is not at', () => {
    given(history(...appraisedAll()))
      .when(cmd.complete('province'))
      .thenFails('review.wrong-tier');
  });
});
