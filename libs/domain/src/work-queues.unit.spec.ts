import type { DossierCommand } from './commands';
import { aggregate } from './evolve';
import { revocationView } from './revocation-view';
import { cmd, criterionIds, filingCommands, history, recognitionCommands, twoTierRegime } from './testing/fixtures';
import { lapsedValues, revocationCmd, revokedStepwise } from './testing/revocation-fixtures';
import { communeRevocationAsk, coordinatorTask, revocationPending } from './work-queues';

const stateAfter = (...commands: Parameters<typeof history>) => aggregate(history(...commands));
const appraisingAll = () => criterionIds.map((criterionId) => cmd.appraise(criterionId));

describe("coordinator's task on a dossier in review", () => {
  it('none before the dossier is submitted', () => {
    expect(coordinatorTask(stateAfter(...filingCommands()))).toBeNull();
  });

  it('a submitted step waits for its criteria to be dispatched', () => {
    expect(coordinatorTask(stateAfter(...filingCommands(), cmd.submit('province')))).toBe('dispatch');
  });

  it('none while a department still appraises, consolidation once every criterion is appraised', () => {
    const dispatched = [...filingCommands(), cmd.submit('province'), cmd.assign('province')];
    const [first, ...rest] = appraisingAll();
    expect(coordinatorTask(stateAfter(...dispatched, first))).toBeNull();
    expect(coordinatorTask(stateAfter(...dispatched, first, ...rest))).toBe('consolidation');
    expect(coordinatorTask(stateAfter(...dispatched, first, ...rest, cmd.complete('province')))).toBeNull();
  });

  it('a signed recognition waits to be announced, then leaves the queue', () => {
    expect(coordinatorTask(stateAfter(...recognitionCommands(twoTierRegime)))).toBe('announcement');
    expect(coordinatorTask(stateAfter(...recognitionCommands(twoTierRegime), cmd.announceRecognition()))).toBeNull();
  });
});

describe("coordinator's revocation queue", () => {
  const revocation = revokedStepwise().slice(recognitionCommands(twoTierRegime).length);
  const after = (steps: number) =>
    revocationPending(stateAfter(...recognitionCommands(twoTierRegime), ...revocation.slice(0, steps)));

  it('a recognition standing without a case is not in it', () => {
    expect(after(0)).toBe(false);
  });

  it('a case raised by a review round, then the proposal, stay in it until the revocation is announced', () => {
    const pending = revocation.map((_, steps) => after(steps + 1));
    expect(pending.slice(0, -1).every(Boolean)).toBe(true);
    expect(pending.at(-1)).toBe(false);
  });

  it('a recognition revoked by a direct decision leaves it at once (nothing to announce)', () => {
    const direct = [
      ...recognitionCommands(twoTierRegime),
      cmd.proposeRevocation(['c-income', 'c-poverty']),
      cmd.revoke(),
    ];
    expect(revocationPending(stateAfter(...direct.slice(0, -1)))).toBe(true);
    expect(revocationPending(stateAfter(...direct))).toBe(false);
  });
});

describe("what a revocation asks of the commune (the commune's work queue)", () => {
  const ask = (...commands: Parameters<typeof history>) =>
    communeRevocationAsk(revocationView(stateAfter(...commands)));
  const recognised = recognitionCommands(twoTierRegime);
  const opened = revocationCmd.openFromCase();
  const proposal = { ...opened, data: { ...opened.data, explanationDueDate: '2026-04-08' } } as DossierCommand;
  const proposed = [...recognised, revocationCmd.reviewRound(lapsedValues), proposal];

  it('nothing for a case, and the explanation by its due date and the residents’ consultation once proposed', () => {
    expect(ask(...recognised, revocationCmd.reviewRound(lapsedValues))).toBeNull();
    expect(ask(...proposed)).toEqual({ explanationDueDate: '2026-04-08', consultationAwaited: true });
  });

  it('each leaves the queue once done', () => {
    expect(ask(...proposed, cmd.explainRevocation())).toEqual({ explanationDueDate: null, consultationAwaited: true });
    expect(ask(...proposed, revocationCmd.consult(), cmd.explainRevocation())).toEqual({
      explanationDueDate: null,
      consultationAwaited: false,
    });
  });
});
