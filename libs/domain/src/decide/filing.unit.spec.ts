/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import type { DossierCommand, RecordSurveyResult } from '../commands';
import { given } from '../testing/decider-specification';
import { cmd, history, metValues, pinnedRules, POSTED_FROM, threeTierRegime } from '../testing/fixtures';

const registered = () => history(cmd.register());
const selfAssessed = () => history(cmd.register(), cmd.selfAssess());
const posted = () => history(cmd.register(), cmd.selfAssess(), cmd.post());
const closingCommands = () => [cmd.register(), cmd.selfAssess(), cmd.post(), cmd.comment(), cmd.closePosting()];
const closed = () => history(...closingCommands());
const surveyed = (respondents: number, satisfied: number) =>
  history(...closingCommands(), cmd.survey(respondents, satisfied));
/** The result of an MTTQ campaign, as the recognition workflow records it. */
const campaignSurvey = (campaignId: string, respondents: number, satisfied: number): DossierCommand => {
  const command = cmd.survey(respondents, satisfied) as RecordSurveyResult;
  return { ...command, data: { ...command.data, campaignId } };
};

describe('RegisterDossier', () => {
  it('registers round 1 and pins the rules', () => {
    const rules = pinnedRules(threeTierRegime);
    given([])
      .when(cmd.register(rules))
      .thenEmits(['DossierRegistered'], [{ dossierId: 'd-1', round: 1, level: 'ntm', year: 2026, rules }]);
  });

  it('re-recognition after a revocation links the new dossier to the revoked one (QĐ 18/2022/QĐ-TTg, Điều 24)', () => {
    const register = cmd.register();
    const linked = (previousDossierId: string) =>
      ({ ...register, data: { ...register.data, previousDossierId } }) as typeof register;
    given([])
      .when(linked('d-0'))
      .thenEmits(['DossierRegistered'], [{ dossierId: 'd-1', previousDossierId: 'd-0' }]);
    given([]).when(linked('d-1')).thenFails('command.invalid-field');
    given([]).when(linked(' ')).thenFails('command.invalid-field');
  });

  it('refuses a second registration of the same dossier', () => {
    given(registered()).when(cmd.register()).thenFails('dossier.already-registered', 'conflict');
  });

  it('refuses a criteria set of another level or unit kind, or a variant of the wrong kind', () => {
    const register = cmd.register();
    const withData = (data: object) => ({ ...register, data: { ...register.data, ...data } }) as typeof register;
    given([])
      .when(withData({ level: 'advanced' }))
      .thenFails('registration.level-mismatch', 'validation');
    given([])
      .when(withData({ unit: { code: 'h-1', kind: 'district' } }))
      .thenFails('registration.unit-kind-mismatch');
    given([])
      .when(cmd.register({ ...pinnedRules(), variant: { group: 2 } }))
      .thenFails('registration.variant-mismatch');
    given([])
      .when(withData({ year: 1999.5 }))
      .thenFails('command.invalid-field');
  });

  it('refuses a command without an actor, command id or time (the core never invents them)', () => {
    given([])
      .when(cmd.register(pinnedRules(), { now: 'yesterday' }))
      .thenFails('command.invalid-metadata', 'validation');
  });

  it('every other command needs a registered dossier', () => {
    given([]).when(cmd.selfAssess()).thenFails('dossier.not-registered', 'not-found');
  });
});

describe('RecordSelfAssessment', () => {
  it('stores the measured values with their evaluated verdicts and the x/N count', () => {
    given(registered())
      .when(cmd.selfAssess({ ...metValues, 'i-income': 40 }))
      .thenEmits(
        ['SelfAssessmentRecorded'],
        [{ metCount: 2, total: 4, unmet: ['c-income'], awaitingJudgement: ['c-security'] }],
      );
  });

  it('may be corrected before posting, not after', () => {
    given(selfAssessed()).when(cmd.selfAssess()).thenEmits(['SelfAssessmentRecorded']);
    given(posted()).when(cmd.selfAssess()).thenFails('dossier.invalid-state', 'conflict');
  });

  it('refuses unknown indicators, values of the wrong kind and bad evidence', () => {
    given(registered())
      .when(cmd.selfAssess({ 'i-nope': 1 }))
      .thenFails('indicator.not-found');
    given(registered())
      .when(cmd.selfAssess({ 'i-income': 'many' }))
      .thenFails('indicator.invalid-value');
    given(registered())
      .when(cmd.selfAssess({ 'i-school': 'level-7' }))
      .thenFails('indicator.invalid-value');
    const command = cmd.selfAssess();
    const badEvidence = {
      ...command,
      data: { ...command.data, constructionDebt: { outstanding: false, evidence: [{ sha256: 'x', name: 'a' }] } },
    } as typeof command;
    given(registered()).when(badEvidence).thenFails('command.invalid-field');
  });
});

describe('PostResults', () => {
  it('posts results when every criterion is met or awaits judgement', () => {
    given(selfAssessed()).when(cmd.post()).thenEmits(['ResultsPosted']);
  });

  it('nothing proceeds with an unmet criterion', () => {
    given(history(cmd.register(), cmd.selfAssess({ ...metValues, 'i-poverty': 13.5 })))
      .when(cmd.post())
      .thenFails('self-assessment.criteria-unmet', 'forbidden');
    const { 'i-plan': _omitted, ...missingOne } = metValues;
    given(history(cmd.register(), cmd.selfAssess(missingOne)))
      .when(cmd.post())
      .thenFails('self-assessment.criteria-unmet');
  });

  it('refuses while construction debt is outstanding', () => {
    given(history(cmd.register(), cmd.selfAssess(metValues, true)))
      .when(cmd.post())
      .thenFails('self-assessment.construction-debt', 'forbidden');
  });

  it('refuses a posting period shorter than the regime requires', () => {
    given(selfAssessed()).when(cmd.post(POSTED_FROM, '2026-03-15T23:59:59.000Z')).thenFails('posting.period-too-short');
  });

  it('refuses before self-assessment', () => {
    given(registered()).when(cmd.post()).thenFails('dossier.invalid-state');
  });
});

describe('RecordComment / AnswerComment / CloseCommentPeriod', () => {
  it('records and answers residents’ comments during the posting', () => {
    given(posted())
      .when(cmd.comment())
      .thenEmits(['CommentRecorded'], [{ commentId: 'cm-1' }]);
    given(history(cmd.register(), cmd.selfAssess(), cmd.post(), cmd.comment()))
      .when(cmd.answer())
      .thenEmits(['CommentAnswered']);
  });

  it('refuses a duplicate comment, an unknown one and a second answer', () => {
    const withComment = history(cmd.register(), cmd.selfAssess(), cmd.post(), cmd.comment());
    given(withComment).when(cmd.comment()).thenFails('comment.duplicate', 'conflict');
    given(withComment).when(cmd.answer('cm-9')).thenFails('comment.not-found', 'not-found');
    given(history(cmd.register(), cmd.selfAssess(), cmd.post(), cmd.comment(), cmd.answer()))
      .when(cmd.answer())
      .thenFails('comment.already-answered');
  });

  it('refuses comments outside the posting', () => {
    given(selfAssessed()).when(cmd.comment()).thenFails('dossier.invalid-state');
    given(closed()).when(cmd.comment('cm-2')).thenFails('dossier.invalid-state');
  });

  it('closes the comment period only when it has ended', () => {
    given(posted())
      .when(cmd.closePosting())
      .thenEmits(['CommentPeriodClosed'], [{ comments: 0, unanswered: 0 }]);
    given(posted())
      .when(cmd.closePosting('2026-03-10T00:00:00.000Z'))
      .thenFails('posting.period-not-ended', 'forbidden');
    given(selfAssessed()).when(cmd.closePosting()).thenFails('dossier.invalid-state');
  });

  it('comments may still be answered after the period closed', () => {
    given(closed()).when(cmd.answer()).thenEmits(['CommentAnswered']);
  });
});

describe('RecordSurveyResult', () => {
  it('computes the rate and compares it with the level threshold of the regime (90% for NTM)', () => {
    given(closed())
      .when(cmd.survey(100, 90))
      .thenEmits(['SurveyResultCertified'], [{ rate: 0.9, threshold: 0.9, passed: true, attempt: 1 }]);
    given(closed())
      .when(cmd.survey(100, 89))
      .thenEmits(['SurveyResultCertified'], [{ passed: false }]);
  });

  it('may be re-run after a failed survey, not after a passed one', () => {
    given(surveyed(100, 50))
      .when(cmd.survey(100, 96))
      .thenEmits(['SurveyResultCertified'], [{ attempt: 2, passed: true }]);
    given(surveyed(100, 96)).when(cmd.survey()).thenFails('survey.already-passed');
  });

  it('records a campaign once: the same campaign again is refused from the state, not from memory', () => {
    const failed = history(...closingCommands(), campaignSurvey('camp-1', 100, 50));
    given(failed)
      .when(campaignSurvey('camp-1', 100, 50))
      .thenFails('survey.campaign-already-recorded', 'conflict');
    given(failed)
      .when(campaignSurvey('camp-2', 100, 96))
      .thenEmits(['SurveyResultCertified'], [{ attempt: 2, passed: true, campaignId: 'camp-2' }]);
    // Results recorded before campaigns were named (no campaignId) stay valid and are re-run as before.
    given(surveyed(100, 50))
      .when(campaignSurvey('camp-1', 100, 96))
      .thenEmits(['SurveyResultCertified'], [{ attempt: 2 }]);
  });

  it('a result entered with its households covers at least 70% of them (the regime’s share), else 422 naming both', () => {
    const withHouseholds = (respondents: number, households: number): DossierCommand => {
      const command = cmd.survey(respondents, respondents) as RecordSurveyResult;
      return { ...command, data: { ...command.data, households } };
    };
    given(closed())
      .when(withHouseholds(70, 100))
      .thenEmits(['SurveyResultCertified'], [{ respondents: 70, households: 100, passed: true }]);
    given(closed()).when(withHouseholds(69, 100)).thenFails('survey.coverage-insufficient', 'forbidden');
    given(closed()).when(withHouseholds(1, 400)).thenFails('survey.coverage-insufficient', 'forbidden');
    given(closed()).when(withHouseholds(100, 99)).thenFails('command.invalid-field', 'validation');
    const halfRegime = { ...pinnedRules().regime, surveyCoverage: 0.5 };
    given(
      history(cmd.register(pinnedRules(halfRegime)), cmd.selfAssess(), cmd.post(), cmd.comment(), cmd.closePosting()),
    )
      .when(withHouseholds(50, 100))
      .thenEmits(['SurveyResultCertified'], [{ households: 100 }]);
  });

  it('refuses impossible counts and surveys before the posting is closed', () => {
    given(closed()).when(cmd.survey(10, 11)).thenFails('command.invalid-field', 'validation');
    given(closed()).when(cmd.survey(0, 0)).thenFails('command.invalid-field');
    given(posted()).when(cmd.survey()).thenFails('dossier.invalid-state');
  });
});
