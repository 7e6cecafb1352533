/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { aggregate } from '../evolve';
import type { DossierCommand } from '../commands';
import type { Regime } from '../rules';
import { dossierEnded } from '../state';
import { given } from '../testing/decider-specification';
import { cmd, councilMembers, history, recognitionCommands, twoTierRegime } from '../testing/fixtures';
import { revocationCmd } from '../testing/revocation-fixtures';

const UNMET = ['c-income', 'c-poverty'];
const noCouncil: Regime = { ...twoTierRegime, steps: [{ tier: 'province', step: 'appraisal', council: false }] };

const COUNCIL_COMMANDS: readonly string[] = ['OpenCouncil', 'CastVote', 'CloseCouncil'];
/** Recognised under the regime (no council commands where it has no council). */
const recognised = (regime: Regime): DossierCommand[] =>
  recognitionCommands(regime).filter((c) => regime.steps.some((s) => s.council) || !COUNCIL_COMMANDS.includes(c.type));
const stepwiseProposal = (): DossierCommand => {
  const proposal = cmd.proposeRevocation(UNMET);
  return { ...proposal, data: { ...proposal.data, stepwise: true } } as DossierCommand;
};
const stepwise = (regime: Regime = twoTierRegime): DossierCommand[] => [...recognised(regime), stepwiseProposal()];
const councilApproves = (approve = true) => [
  cmd.openCouncil('province'),
  ...councilMembers.map((m) => cmd.vote(m, approve)),
  cmd.closeCouncil('province'),
];
const verifiedAndExplained = (regime?: Regime) => [
  ...stepwise(regime),
  revocationCmd.verify(UNMET),
  revocationCmd.consult(),
  cmd.explainRevocation(),
];

describe('Stepwise revocation: verification → explanation → council as the regime requires → decision → announcement', () => {
  it('the proposal names its steps from the pinned regime (council of the deciding tier)', () => {
    given(history(...recognised(twoTierRegime)))
      .when(stepwiseProposal())
      .thenEmits(['RevocationProposed'], [{ steps: { council: true, tier: 'province' } }]);
    given(history(...recognised(noCouncil)))
      .when(stepwiseProposal())
      .thenEmits(['RevocationProposed'], [{ steps: { council: false, tier: 'province' } }]);
  });

  it('verification gives a finding with evidence for each proposed criterion', () => {
    given(history(...stepwise()))
      .when(revocationCmd.verify(UNMET))
      .thenEmits(['RevocationVerified'], [{ confirmedUnmet: UNMET, sufficient: true, band: 'full' }]);
    given(history(...stepwise()))
      .when(revocationCmd.verify(['c-income']))
      .thenFails('command.invalid-field');
    given(history(...stepwise(), revocationCmd.verify(UNMET)))
      .when(revocationCmd.verify(UNMET))
      .thenFails('revocation.already-verified');
    given(history(...recognitionCommands(), cmd.proposeRevocation(UNMET)))
      .when(revocationCmd.verify(UNMET))
      .thenFails('revocation.no-steps');
  });

  it('the council sits only after verification and the explanation (or its lapse)', () => {
    given(history(...stepwise()))
      .when(cmd.openCouncil('province'))
      .thenFails('revocation.not-verified');
    given(history(...stepwise(), revocationCmd.verify(UNMET), cmd.explainRevocation()))
      .when(cmd.openCouncil('province'))
      .thenFails('revocation.consultation-pending');
    given(history(...stepwise(), revocationCmd.verify(UNMET), revocationCmd.consult()))
      .when(cmd.openCouncil('province'))
      .thenFails('revocation.explanation-pending');
    given(history(...verifiedAndExplained()))
      .when(cmd.openCouncil('province'))
      .thenEmits(['CouncilOpened'], [{ subject: 'revocation', tier: 'province', session: 1 }]);
    given(history(...verifiedAndExplained(noCouncil)))
      .when(cmd.openCouncil('province'))
      .thenFails('council.not-required');
  });

  it('the verifier may not vote in the revocation council (conflict of interest)', () => {
    given(history(...verifiedAndExplained(), cmd.openCouncil('province', ['verifier-1', ...councilMembers])))
      .when(cmd.vote('verifier-1'))
      .thenFails('council.conflict-of-interest', 'forbidden');
  });

  it('the approver revokes only after every step the regime requires; the status changes by the decision alone', () => {
    given(history(...stepwise()))
      .when(cmd.revoke())
      .thenFails('revocation.not-verified');
    given(history(...verifiedAndExplained()))
      .when(cmd.revoke())
      .thenFails('decision.council-not-approved');
    given(history(...verifiedAndExplained(), ...councilApproves(false)))
      .when(cmd.revoke())
      .thenFails('decision.council-not-approved');
    given(history(...verifiedAndExplained(), ...councilApproves()))
      .when(cmd.revoke())
      .thenEmits(['RecognitionRevoked'], [{ unmetCriterionIds: UNMET, decisionNumber: '900/QĐ-UBND' }]);
    given(history(...verifiedAndExplained(noCouncil)))
      .when(cmd.revoke())
      .thenEmits(['RecognitionRevoked']);
    const beforeDecision = aggregate(history(...verifiedAndExplained(), ...councilApproves()));
    expect(beforeDecision.status).toBe('revocation-proposed');
  });

  it('a verification that confirms too few criteria leaves only dismissal', () => {
    const found = [
      ...stepwise(noCouncil),
      revocationCmd.verify(UNMET, ['c-income']),
      revocationCmd.consult(),
      cmd.explainRevocation(),
    ];
    given(history(...found))
      .when(cmd.revoke())
      .thenFails('revocation.insufficient-grounds', 'forbidden');
    given(history(...found))
      .when(cmd.dismissRevocation())
      .thenEmits(['RevocationDismissed']);
  });

  it('the revocation is announced once, after the decision, and the dossier’s story ends with it', () => {
    const revoked = history(...verifiedAndExplained(), ...councilApproves(), cmd.revoke());
    expect(dossierEnded(aggregate(revoked))).toBe(false);
    given(revoked)
      .when(revocationCmd.announce())
      .thenEmits(['RevocationAnnounced'], [{ decisionNumber: '900/QĐ-UBND', announcedOn: '2027-06-02' }]);
    given(revoked).when(revocationCmd.announce('2027-05-01')).thenFails('command.invalid-field');
    const announced = history(...verifiedAndExplained(), ...councilApproves(), cmd.revoke(), revocationCmd.announce());
    expect(dossierEnded(aggregate(announced))).toBe(true);
    given(announced).when(revocationCmd.announce()).thenFails('revocation.already-announced');
  });

  it('a proposal decided directly (made before the steps existed) ends with the decision and has no announcement step', () => {
    const revoked = history(...recognitionCommands(), cmd.proposeRevocation(UNMET), cmd.revoke());
    expect(dossierEnded(aggregate(revoked))).toBe(true);
    given(revoked).when(revocationCmd.announce()).thenFails('revocation.no-steps');
  });
});
