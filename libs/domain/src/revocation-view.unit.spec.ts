import { aggregate } from './evolve';
import { revocationView } from './revocation-view';
import { dossierSummary } from './summary';
import { history, recognitionCommands, twoTierRegime } from './testing/fixtures';
import { lapsedValues, revocationCmd, revokedStepwise } from './testing/revocation-fixtures';

const viewAfter = (...commands: Parameters<typeof history>) => revocationView(aggregate(history(...commands)));

describe('revocation view of a dossier (detail and public status)', () => {
  it('none while the recognition stands without a case', () => {
    expect(viewAfter(...recognitionCommands(twoTierRegime))).toBeNull();
  });

  it('a case raised by a review round is shown as such, the status stays recognised', () => {
    const commands = [...recognitionCommands(twoTierRegime), revocationCmd.reviewRound(lapsedValues)];
    expect(viewAfter(...commands)).toEqual({
      phase: 'case-open',
      unmetCriterionIds: ['c-income', 'c-poverty'],
      reviewRound: 1,
      steps: null,
      decision: null,
      announcedOn: null,
    });
    expect(dossierSummary(aggregate(history(...commands)))?.status).toBe('recognised');
  });

  it('a revoked dossier shows the revocation decision number and date, its steps and the announcement', () => {
    expect(viewAfter(...revokedStepwise())).toEqual({
      phase: 'revoked',
      unmetCriterionIds: ['c-income', 'c-poverty'],
      reviewRound: 1,
      steps: { verified: true, explanation: 'given', council: 'approved' },
      decision: { decisionNumber: '900/QĐ-UBND', decisionDate: '2027-06-01' },
      announcedOn: '2027-06-02',
    });
  });
});
