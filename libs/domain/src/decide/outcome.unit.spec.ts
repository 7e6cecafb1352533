/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { given } from '../testing/decider-specification';
import {
  clearStep,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  history,
  metValues,
  pinnedRules,
  recognitionCommands,
  threeTierRegime,
  twoTierRegime,
} from '../testing/fixtures';

const filing = () => filingCommands(pinnedRules(threeTierRegime));
const reviewedAtProvince = () => [
  ...filing(),
  ...clearStep('district'),
  cmd.submit('province'),
  cmd.assign('province'),
  ...criterionIds.map((id) => cmd.appraise(id)),
  cmd.complete('province'),
];
const beforeDecision = () => recognitionCommands(threeTierRegime).slice(0, -1);
const recognised = () => recognitionCommands(threeTierRegime);
const refused = () => [...filing(), cmd.submit('district'), cmd.refuse()];

describe('IssueDecision', () => {
  it('recognises when every criterion is met, the survey passed and every council approved', () => {
    given(history(...beforeDecision()))
      .when(cmd.issue('123/QĐ-UBND'))
      .thenEmits(
        ['DossierRecognised'],
        [
          {
            decisionNumber: '123/QĐ-UBND',
            level: 'ntm',
            year: 2026,
            metCount: 4,
            total: 4,
            authority: 'Chủ tịch UBND tỉnh',
          },
        ],
      );
    given(history(...recognitionCommands(twoTierRegime).slice(0, -1)))
      .when(cmd.issue())
      .thenEmits(['DossierRecognised']);
  });

  it('refuses before the last step of the regime is done', () => {
    given(history(...filing(), ...clearStep('district')))
      .when(cmd.issue())
      .thenFails('decision.review-incomplete');
    given(history(...filing()))
      .when(cmd.issue())
      .thenFails('dossier.invalid-state');
  });

  it('refuses before the council has approved', () => {
    given(history(...reviewedAtProvince()))
      .when(cmd.issue())
      .thenFails('decision.council-not-approved', 'forbidden');
    const rejected = [
      ...reviewedAtProvince(),
      cmd.openCouncil('province'),
      ...councilMembers.map((m) => cmd.vote(m, false)),
      cmd.closeCouncil('province'),
    ];
    given(history(...rejected))
      .when(cmd.issue())
      .thenFails('decision.council-not-approved');
  });

  it('refuses with an unmet criterion, listing it', () => {
    const unmet = [
      ...reviewedAtProvince().slice(0, -1 - criterionIds.length),
      cmd.appraise('c-income', 'not-met'),
      ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
      cmd.complete('province'),
    ];
    given(history(...unmet))
      .when(cmd.issue())
      .thenFails('decision.criteria-unmet', 'forbidden');
  });

  it('refuses a decision number not written number/QĐ-issuing body (Nghị định 30/2020/NĐ-CP), naming the field', () => {
    for (const typed of ['123-QĐ-UBND', '123/QD-UBND', 'QĐ-UBND', '123/QĐ-'])
      given(history(...beforeDecision()))
        .when(cmd.issue(typed))
        .thenFails('command.invalid-field', 'validation');
    given(history(...beforeDecision()))
      .when(cmd.issue('18/2026/QĐ-TTg'))
      .thenEmits(['DossierRecognised']);
  });

  it('refuses a decision number already used on this dossier', () => {
    given(history(...recognised(), cmd.proposeRevocation(['c-income', 'c-poverty'])))
      .when(cmd.revoke('123/QĐ-UBND'))
      .thenFails('decision.number-reused', 'conflict');
  });
});

describe('RefuseDossier / ResubmitDossier', () => {
  it('returns the dossier with reasons per criterion', () => {
    given(history(...filing(), cmd.submit('district')))
      .when(cmd.refuse('c-income'))
      .thenEmits(
        ['DossierRefused'],
        [{ round: 1, tier: 'district', reasons: [{ criterionId: 'c-income', reason: 'Chưa đạt' }] }],
      );
    given(history(...filing(), cmd.submit('district')))
      .when(cmd.refuse('c-nope'))
      .thenFails('criterion.not-found');
  });

  it('refuses a refusal outside review', () => {
    given(history(...filing()))
      .when(cmd.refuse())
      .thenFails('dossier.invalid-state');
    given(history(...recognised()))
      .when(cmd.refuse())
      .thenFails('dossier.invalid-state');
  });

  it('a refused dossier is resubmitted as a new round of the same dossier', () => {
    given(history(...refused()))
      .when(cmd.resubmit())
      .thenEmits(['DossierResubmitted'], [{ round: 2, previousRound: 1 }]);
    given(history(...filing()))
      .when(cmd.resubmit())
      .thenFails('dossier.invalid-state');
  });

  it('a dossier refused as a whole starts again from self-assessment', () => {
    const refusedAsAWhole = [...filing(), cmd.submit('district'), cmd.refuse(null)];
    const [resubmitted] = given(history(...refusedAsAWhole))
      .when(cmd.resubmit())
      .thenEmits(['DossierResubmitted'], [{ round: 2 }]);
    expect(resubmitted?.data).not.toHaveProperty('questioned');
    given(history(...refusedAsAWhole, cmd.resubmit()))
      .when(cmd.selfAssess())
      .thenEmits(['SelfAssessmentRecorded'], [{ round: 2 }]);
    given(history(...refusedAsAWhole, cmd.resubmit()))
      .when(cmd.submit('district'))
      .thenFails('dossier.invalid-state');
  });

  it('a dossier refused on some criteria keeps its posting and survey: only those criteria are corrected', () => {
    given(history(...refused()))
      .when(cmd.resubmit())
      .thenEmits(['DossierResubmitted'], [{ round: 2, questioned: ['c-income'] }]);
    // Corrected where it stands, then submitted without posting or surveying again.
    given(history(...refused(), cmd.resubmit()))
      .when(cmd.selfAssess({ ...metValues, 'i-income': 62 }))
      .thenEmits(['SelfAssessmentRecorded'], [{ round: 2 }]);
    given(history(...refused(), cmd.resubmit(), cmd.selfAssess({ ...metValues, 'i-income': 62 })))
      .when(cmd.submit('district'))
      .thenEmits(['DossierSubmitted'], [{ round: 2 }]);
    given(history(...refused(), cmd.resubmit()))
      .when(cmd.post())
      .thenFails('dossier.invalid-state');
  });

  it('a correction may not change what was not questioned, nor leave a criterion unmet', () => {
    given(history(...refused(), cmd.resubmit()))
      .when(cmd.selfAssess({ ...metValues, 'i-poverty': 4 }))
      .thenFails('resubmission.unquestioned-changed', 'conflict');
    given(history(...refused(), cmd.resubmit()))
      .when(cmd.selfAssess({ ...metValues, 'i-income': 10 }))
      .thenFails('self-assessment.criteria-unmet', 'forbidden');
    given(history(...refused(), cmd.resubmit()))
      .when(cmd.selfAssess(metValues, true))
      .thenFails('self-assessment.construction-debt', 'forbidden');
  });
});

describe('WithdrawDossier', () => {
  it('withdraws an open dossier', () => {
    given(history(cmd.register()))
      .when(cmd.withdraw())
      .thenEmits(['DossierWithdrawn'], [{ fromStatus: 'registered' }]);
    given(history(...refused()))
      .when(cmd.withdraw())
      .thenEmits(['DossierWithdrawn'], [{ fromStatus: 'refused' }]);
  });

  it('refuses to withdraw a decided or withdrawn dossier', () => {
    given(history(...recognised()))
      .when(cmd.withdraw())
      .thenFails('dossier.invalid-state');
    given(history(cmd.register(), cmd.withdraw())).when(cmd.withdraw()).thenFails('dossier.invalid-state');
    given(history(cmd.register(), cmd.withdraw())).when(cmd.selfAssess()).thenFails('dossier.invalid-state');
  });
});

describe('ProposeRevocation / DecideRevocation (QĐ 18/2022/QĐ-TTg, Điều 23–24)', () => {
  it('proposes revocation on sufficient grounds: 2 of 4 criteria unmet is 50%', () => {
    given(history(...recognised()))
      .when(cmd.proposeRevocation(['c-poverty', 'c-planning']))
      .thenEmits(['RevocationProposed'], [{ share: 0.5, band: 'full' }]);
  });

  it('refuses without grounds: 1 of 4 unmet is below 30%', () => {
    given(history(...recognised()))
      .when(cmd.proposeRevocation(['c-income']))
      .thenFails('revocation.insufficient-grounds', 'forbidden');
    given(history(...recognised()))
      .when(cmd.proposeRevocation(['c-nope']))
      .thenFails('criterion.not-found');
    given(history(...beforeDecision()))
      .when(cmd.proposeRevocation(['c-income', 'c-poverty']))
      .thenFails('dossier.invalid-state');
  });

  it('revokes or dismisses a proposal', () => {
    const proposed = history(...recognised(), cmd.proposeRevocation(['c-income', 'c-poverty']));
    given(proposed)
      .when(cmd.revoke())
      .thenEmits(
        ['RecognitionRevoked'],
        [{ decisionNumber: '900/QĐ-UBND', unmetCriterionIds: ['c-income', 'c-poverty'] }],
      );
    given(proposed).when(cmd.dismissRevocation()).thenEmits(['RevocationDismissed']);
    given(history(...recognised()))
      .when(cmd.revoke())
      .thenFails('dossier.invalid-state');
  });

  it('after a dismissal the recognition stands and may be proposed again', () => {
    const dismissed = history(
      ...recognised(),
      cmd.proposeRevocation(['c-income', 'c-poverty']),
      cmd.dismissRevocation(),
    );
    given(dismissed)
      .when(cmd.proposeRevocation(['c-income', 'c-poverty']))
      .thenEmits(['RevocationProposed']);
  });
});

describe('ExplainRevocation / RecordExplanationOverdue (QĐ 18/2022/QĐ-TTg, Điều 24)', () => {
  const proposed = () => history(...recognised(), cmd.proposeRevocation(['c-income', 'c-poverty']));

  it('the commune explains once while the proposal is open; the recognition stands', () => {
    given(proposed()).when(cmd.explainRevocation()).thenEmits(['RevocationExplained']);
    given(history(...recognised(), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.explainRevocation()))
      .when(cmd.explainRevocation())
      .thenFails('revocation.already-explained');
    given(history(...recognised()))
      .when(cmd.explainRevocation())
      .thenFails('dossier.invalid-state');
    given(proposed()).when(cmd.explainRevocation(' ')).thenFails('command.invalid-field');
  });

  it('the missing explanation is recorded only once the last working day has ended (Vietnam time)', () => {
    given(proposed())
      .when(cmd.explanationOverdue('2026-04-08', '2026-04-08T16:59:59.000Z'))
      .thenFails('command.invalid-field');
    given(proposed())
      .when(cmd.explanationOverdue('2026-04-08', '2026-04-08T17:00:00.000Z'))
      .thenEmits(['RevocationExplanationOverdue'], [{ dueDate: '2026-04-08' }]);
    given(history(...recognised(), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.explainRevocation()))
      .when(cmd.explanationOverdue('2026-04-08', '2026-04-09T00:00:00.000Z'))
      .thenFails('revocation.already-explained');
  });
});

describe('AnnounceRecognition', () => {
  it('announces the recognition decision once, on or after its date, in named places; it stays with the recognition', () => {
    given(history(...recognised()))
      .when(cmd.announceRecognition('2026-05-05'))
      .thenEmits(
        ['RecognitionAnnounced'],
        [
          {
            decisionNumber: '123/QĐ-UBND',
            announcedOn: '2026-05-05',
            places: ['Cổng thông tin điện tử tỉnh', 'Trụ sở UBND xã'],
          },
        ],
      );
    given(history(...recognised(), cmd.announceRecognition()))
      .when(cmd.announceRecognition())
      .thenFails('recognition.already-announced', 'conflict');
    given(history(...recognised()))
      .when(cmd.announceRecognition('2026-04-30'))
      .thenFails('command.invalid-field', 'validation');
    given(history(...refused()))
      .when(cmd.announceRecognition())
      .thenFails('dossier.invalid-state');
  });
});
