import type { DossierCommand } from './commands';
import { aggregate } from './evolve';
import { revocationView } from './revocation-view';
import { dossierSummary } from './summary';
import { history, recognitionCommands, twoTierRegime } from './testing/fixtures';
import { lapsedValues, revocationCmd, revokedStepwise } from './testing/revocation-fixtures';

const viewAfter = (...commands: Parameters<typeof history>) => revocationView(aggregate(history(...commands)));

/** Thu nhập (critical) and Nghèo đa chiều of 4 criteria: Điều 23's full band. */
const FULL_BAND = { share: 0.5, band: 'full', criticalUnmet: ['c-income'], sufficient: true };

describe('revocation view of a dossier (detail, coordinator’s queue and public status)', () => {
  it('none while the recognition stands without a case', () => {
    expect(viewAfter(...recognitionCommands(twoTierRegime))).toBeNull();
  });

  it('a case raised by a review round is shown as such, the status stays recognised', () => {
    const commands = [...recognitionCommands(twoTierRegime), revocationCmd.reviewRound(lapsedValues)];
    expect(viewAfter(...commands)).toEqual({
      phase: 'case-open',
      unmetCriterionIds: ['c-income', 'c-poverty'],
      reviewRound: 1,
      grounds: { ...FULL_BAND, basis: null, communes: null },
      explanationDueDate: null,
      steps: null,
      decision: null,
      announcedOn: null,
    });
    expect(dossierSummary(aggregate(history(...commands)))?.status).toBe('recognised');
  });

  it('a proposal shows the explanation due date it recorded, the awaited consultation and, once verified, the verified grounds', () => {
    const opened = revocationCmd.openFromCase();
    const withDue = { ...opened, data: { ...opened.data, explanationDueDate: '2026-04-08' } } as DossierCommand;
    const proposed = [...recognitionCommands(twoTierRegime), revocationCmd.reviewRound(lapsedValues), withDue];
    expect(viewAfter(...proposed)).toMatchObject({
      phase: 'proposed',
      grounds: FULL_BAND,
      explanationDueDate: '2026-04-08',
      steps: { verified: false, consultation: 'awaited', explanation: 'awaited', council: 'pending' },
    });
    const verified = viewAfter(...proposed, revocationCmd.verify(['c-income', 'c-poverty'], ['c-poverty']));
    expect(verified).toMatchObject({
      unmetCriterionIds: ['c-income'],
      grounds: { share: 0.25, band: 'none', criticalUnmet: ['c-income'], sufficient: false },
    });
  });

  it('a revoked dossier shows the revocation decision number and date, its steps and the announcement', () => {
    expect(viewAfter(...revokedStepwise())).toEqual({
      phase: 'revoked',
      unmetCriterionIds: ['c-income', 'c-poverty'],
      reviewRound: 1,
      grounds: { ...FULL_BAND, basis: null, communes: null },
      explanationDueDate: null,
      steps: { verified: true, consultation: 'recorded', explanation: 'given', council: 'approved' },
      decision: { decisionNumber: '900/QĐ-UBND', decisionDate: '2027-06-01' },
      announcedOn: '2027-06-02',
    });
  });
});
