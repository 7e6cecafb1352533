/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import type { DossierCommand } from '../commands';
import { decide } from '../decide';
import { aggregate } from '../evolve';
import type { Regime } from '../rules';
import { given } from '../testing/decider-specification';
import { cmd, history, meta, recognitionCommands, twoTierRegime } from '../testing/fixtures';
import { revocationCmd } from '../testing/revocation-fixtures';

const UNMET = ['c-income', 'c-poverty'];
/** A stepwise proposal made at `now` (the fixtures' recognition is on 2026-04-01). */
const proposedAt = (now: string, regime: Regime = twoTierRegime): DossierCommand[] => {
  const proposal = cmd.proposeRevocation(UNMET);
  const stepwise = { ...proposal, data: { ...proposal.data, stepwise: true }, metadata: meta({ now }) };
  return [...recognitionCommands(regime), stepwise as DossierCommand];
};
const SINCE_2025 = '2026-04-02T03:00:00.000Z';
const consultation = (over = {}) => revocationCmd.consult(over, '2026-04-06T03:00:00.000Z');

describe('residents’ consultation on a revocation (Nghị định 131/2025/NĐ-CP, Điều 44)', () => {
  it('a proposal made since 1/7/2025 waits for the consultation the commune organises', () => {
    given(history(...recognitionCommands(twoTierRegime)))
      .when(proposedAt(SINCE_2025).at(-1)!)
      .thenEmits(['RevocationProposed'], [{ consultation: 'commune' }]);
    const verifiedAndExplained = [...proposedAt(SINCE_2025), revocationCmd.verify(UNMET), cmd.explainRevocation()];
    for (const next of [cmd.openCouncil('province'), cmd.revoke()])
      given(history(...verifiedAndExplained))
        .when(next)
        .thenFails('revocation.consultation-pending');
    given(history(...verifiedAndExplained, consultation()))
      .when(cmd.openCouncil('province'))
      .thenEmits(['CouncilOpened']);
  });

  it('an earlier proposal keeps its process: nothing to consult, decided without it', () => {
    const before = proposedAt('2025-06-30T10:00:00.000Z');
    const [proposed] = given(history(...recognitionCommands(twoTierRegime)))
      .when(before.at(-1)!)
      .thenEmits(['RevocationProposed']);
    expect(proposed?.data).not.toHaveProperty('consultation');
    given(history(...before))
      .when(consultation())
      .thenFails('revocation.consultation-not-required');
    given(history(...before, revocationCmd.verify(UNMET), cmd.explainRevocation()))
      .when(cmd.openCouncil('province'))
      .thenEmits(['CouncilOpened']);
  });

  it('is recorded once, held between the proposal and today, with a tally and its minutes', () => {
    const proposed = history(...proposedAt(SINCE_2025));
    given(proposed)
      .when(consultation())
      .thenEmits(['ResidentsConsulted'], [{ heldOn: '2026-04-06', participants: 320, inFavour: 250 }]);
    given(history(...proposedAt(SINCE_2025), consultation()))
      .when(consultation())
      .thenFails('revocation.already-consulted');
    const refusals: [Record<string, unknown>, string][] = [
      [{ heldOn: '2026-04-01' }, 'heldOn'],
      [{ heldOn: '2026-04-07' }, 'heldOn'],
      [{ participants: 0 }, 'participants'],
      [{ inFavour: 321 }, 'inFavour'],
      [{ inFavour: 1.5 }, 'inFavour'],
      [{ summary: '  ' }, 'summary'],
      [{ evidence: [] }, 'evidence'],
    ];
    const state = aggregate(proposed);
    const refused = refusals.map(([over]) => {
      const result = decide(consultation(over), state);
      return result.ok ? 'accepted' : `${result.error.code} ${String(result.error.details?.field)}`;
    });
    expect(refused).toEqual(refusals.map(([, field]) => `command.invalid-field ${field}`));
    given(history(...recognitionCommands(twoTierRegime)))
      .when(consultation())
      .thenFails('dossier.invalid-state');
  });
});
