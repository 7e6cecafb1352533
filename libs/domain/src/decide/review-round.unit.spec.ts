/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { aggregate } from '../evolve';
import { given } from '../testing/decider-specification';
import { cmd, history, metValues, recognitionCommands, twoTierRegime } from '../testing/fixtures';
import { revocationCmd } from '../testing/revocation-fixtures';

const recognised = () => recognitionCommands(twoTierRegime);
/** Thu nhập (critical) and Nghèo đa chiều fall below their pinned thresholds: 2 of 4 criteria. */
const lapsed = { 'i-income': 10, 'i-poverty': 90 };

describe('RecordReviewRound: periodic review of a recognised commune', () => {
  it('records the current values; criteria still meeting their thresholds raise nothing', () => {
    given(history(...recognised()))
      .when(revocationCmd.reviewRound(metValues))
      .thenEmits(['ReviewRoundRecorded'], [{ reviewRound: 1, belowThreshold: [] }]);
  });

  it('a criterion below its pinned threshold raises a revocation case for the coordinator, not a revocation', () => {
    given(history(...recognised()))
      .when(revocationCmd.reviewRound(lapsed))
      .thenEmits(
        ['ReviewRoundRecorded', 'RevocationCaseRaised'],
        [
          { reviewRound: 1, belowThreshold: ['c-income', 'c-poverty'] },
          { reviewRound: 1, unmetCriterionIds: ['c-income', 'c-poverty'], share: 0.5, band: 'full', sufficient: true },
        ],
      );
    expect(aggregate(history(...recognised(), revocationCmd.reviewRound(lapsed))).status).toBe('recognised');
  });

  it('values not re-measured keep those of the recognition; a single lapse below the bands is still a case', () => {
    given(history(...recognised()))
      .when(revocationCmd.reviewRound({ 'i-poverty': 20 }))
      .thenEmits(
        ['ReviewRoundRecorded', 'RevocationCaseRaised'],
        [{ belowThreshold: ['c-poverty'] }, { unmetCriterionIds: ['c-poverty'], band: 'none', sufficient: false }],
      );
  });

  it('is refused on a dossier that is not recognised, with unknown indicators, or while a case is open', () => {
    given(history(...recognised().slice(0, -1)))
      .when(revocationCmd.reviewRound(metValues))
      .thenFails('dossier.invalid-state');
    given(history(...recognised()))
      .when(revocationCmd.reviewRound({ 'i-nope': 1 }))
      .thenFails('indicator.not-found');
    given(history(...recognised(), revocationCmd.reviewRound(lapsed)))
      .when(revocationCmd.reviewRound(metValues))
      .thenFails('review-round.case-open');
  });

  it('numbers the rounds', () => {
    given(history(...recognised(), revocationCmd.reviewRound(metValues)))
      .when(revocationCmd.reviewRound(metValues))
      .thenEmits(['ReviewRoundRecorded'], [{ reviewRound: 2 }]);
  });
});

describe('ResolveRevocationCase: the coordinator opens the revocation or closes the case', () => {
  const withCase = () => history(...recognised(), revocationCmd.reviewRound(lapsed));

  it('opens a stepwise revocation on the case’s criteria, naming the review round', () => {
    given(withCase())
      .when(revocationCmd.openFromCase())
      .thenEmits(
        ['RevocationProposed'],
        [
          {
            unmetCriterionIds: ['c-income', 'c-poverty'],
            reviewRound: 1,
            steps: { council: true, tier: 'province' },
          },
        ],
      );
  });

  it('closes the case with a reason; the recognition stands and a new review round may follow', () => {
    given(withCase())
      .when(revocationCmd.closeCase())
      .thenEmits(['RevocationCaseClosed'], [{ reviewRound: 1, reason: 'Số liệu do nhập sai, đã đối chiếu lại' }]);
    given(history(...recognised(), revocationCmd.reviewRound(lapsed), revocationCmd.closeCase()))
      .when(revocationCmd.reviewRound(metValues))
      .thenEmits(['ReviewRoundRecorded'], [{ reviewRound: 2 }]);
    given(withCase()).when(revocationCmd.closeCase(' ')).thenFails('command.invalid-field');
  });

  it('is refused without an open case, and a case without Điều 23 grounds can only be closed', () => {
    given(history(...recognised()))
      .when(revocationCmd.openFromCase())
      .thenFails('revocation-case.none');
    given(history(...recognised(), revocationCmd.reviewRound({ 'i-poverty': 20 })))
      .when(revocationCmd.openFromCase())
      .thenFails('revocation.insufficient-grounds', 'forbidden');
  });

  it('a proposal made directly while a case is open answers the case', () => {
    const state = aggregate(
      history(...recognised(), revocationCmd.reviewRound(lapsed), cmd.proposeRevocation(['c-income', 'c-poverty'])),
    );
    expect(state.status).toBe('revocation-proposed');
    const dismissed = aggregate(
      history(
        ...recognised(),
        revocationCmd.reviewRound(lapsed),
        cmd.proposeRevocation(['c-income', 'c-poverty']),
        cmd.dismissRevocation(),
      ),
    );
    expect(dismissed.status === 'recognised' && dismissed.revocationCase).toBeUndefined();
  });
});
