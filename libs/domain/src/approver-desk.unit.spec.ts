import { approverTask, decisionBasis } from './approver-desk';
import { aggregate } from './evolve';
import type { FiledDossier } from './state';
import {
  clearStep,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  history,
  pinnedRules,
  recognitionCommands,
  threeTierRegime,
  twoTierRegime,
} from './testing/fixtures';
import { LAPSED_CRITERIA, revokedStepwise } from './testing/revocation-fixtures';

const stateAfter = (...commands: Parameters<typeof history>) => aggregate(history(...commands)) as FiledDossier;
const consolidated = (unmet: readonly string[] = []) => [
  ...filingCommands(),
  cmd.submit('province'),
  cmd.assign('province'),
  ...criterionIds.map((id) => cmd.appraise(id, unmet.includes(id) ? 'not-met' : 'met')),
  cmd.complete('province'),
];
const councilVotes = (approve: boolean, voters = councilMembers) => [
  cmd.openCouncil('province'),
  ...voters.map((member) => cmd.vote(member, approve)),
  cmd.closeCouncil('province'),
];

describe("the approver's queue: a recognition to sign once the review cleared the dossier", () => {
  it('nothing while the departments appraise or the council has not concluded', () => {
    expect(approverTask(stateAfter(...filingCommands(), cmd.submit('province')))).toBeNull();
    expect(approverTask(stateAfter(...consolidated()))).toBeNull();
    expect(approverTask(stateAfter(...consolidated(), cmd.openCouncil('province')))).toBeNull();
  });

  it('the recognition once the provincial council approved, and nothing once it is signed', () => {
    const approved = recognitionCommands(twoTierRegime).slice(0, -1);
    expect(approverTask(stateAfter(...approved))).toBe('recognition');
    expect(approverTask(stateAfter(...recognitionCommands(twoTierRegime)))).toBeNull();
  });

  it('three tiers: the district council’s approval sends the dossier on to the province, not to the approver', () => {
    const district = [...filingCommands(pinnedRules(threeTierRegime)), ...clearStep('district')];
    expect(approverTask(stateAfter(...district))).toBeNull();
    expect(approverTask(stateAfter(...recognitionCommands(threeTierRegime).slice(0, -1)))).toBe('recognition');
  });
});

describe("the approver's queue: a dossier the review returned waits to be refused", () => {
  it('a criterion appraised unmet at consolidation (no council may sit on it)', () => {
    expect(approverTask(stateAfter(...consolidated(['c-income'])))).toBe('refusal');
  });

  it('a council that voted it down with its quorum; one short of quorum is reconvened instead', () => {
    expect(approverTask(stateAfter(...consolidated(), ...councilVotes(false)))).toBe('refusal');
    expect(approverTask(stateAfter(...consolidated(), ...councilVotes(true, councilMembers.slice(0, 2))))).toBeNull();
  });

  it('leaves the queue once refused', () => {
    expect(approverTask(stateAfter(...consolidated(['c-income']), cmd.refuse('c-income')))).toBeNull();
  });
});

describe("the approver's queue: a revocation proposal once its steps are done (QĐ 18/2022/QĐ-TTg, Điều 24)", () => {
  const revocation = revokedStepwise();
  const decided = revocation.findIndex((command) => command.type === 'DecideRevocation');
  const after = (count: number) => approverTask(stateAfter(...revocation.slice(0, count)));

  it('nothing while the verification, consultation, explanation or council are awaited', () => {
    const proposed = revocation.findIndex((command) => command.type === 'ResolveRevocationCase') + 1;
    const before = Array.from({ length: decided - proposed }, (_, steps) => after(proposed + steps));
    expect(before.every((task) => task === null)).toBe(true);
  });

  it('the revocation once the council concluded, and nothing once decided', () => {
    expect(after(decided)).toBe('revocation');
    expect(after(decided + 1)).toBeNull();
  });

  it('a proposal decided directly is ready at once', () => {
    const direct = [...recognitionCommands(twoTierRegime), cmd.proposeRevocation(['c-income', 'c-poverty'])];
    expect(approverTask(stateAfter(...direct))).toBe('revocation');
    expect(approverTask(stateAfter(...direct, cmd.dismissRevocation()))).toBeNull();
  });
});

describe('what the decision rests on', () => {
  it('the survey and each council’s outcome, and why a recognition cannot be signed yet', () => {
    const sitting = decisionBasis(stateAfter(...consolidated(), cmd.openCouncil('province')));
    expect(sitting).toMatchObject({
      task: null,
      blocked: { code: 'decision.council-not-approved', messageVi: 'Hội đồng chưa thông qua.' },
      authority: 'Chủ tịch UBND tỉnh',
      survey: { respondents: 100, satisfied: 95, threshold: 0.9, passed: true },
      councils: [{ tier: 'province', session: 1, members: councilMembers.length, outcome: null }],
      revocation: null,
    });
    const approved = decisionBasis(stateAfter(...recognitionCommands(threeTierRegime).slice(0, -1)));
    expect(approved.blocked).toBeNull();
    expect(approved.councils.map(({ tier, outcome }) => ({ tier, approved: outcome?.approved }))).toEqual([
      { tier: 'district', approved: true },
      { tier: 'province', approved: true },
    ]);
    expect(approved.councils[1]).toMatchObject({ quorumShare: 2 / 3, approvalShare: 0.9 });
  });

  it('a revocation: grounds, verification, consultation, explanation and council; revocable once approved', () => {
    const revocation = revokedStepwise();
    const decided = revocation.findIndex((command) => command.type === 'DecideRevocation');
    const basis = decisionBasis(stateAfter(...revocation.slice(0, decided)));
    expect(basis).toMatchObject({
      task: 'revocation',
      blocked: null,
      revocation: {
        unmetCriterionIds: LAPSED_CRITERIA,
        band: 'full',
        explanation: { text: 'Xã đã khắc phục tiêu chí Thu nhập' },
        explanationOverdue: null,
        consultationRequired: true,
        consultation: { participants: 320, inFavour: 250 },
        verification: { confirmedUnmet: LAPSED_CRITERIA, sufficient: true },
        council: { tier: 'province', outcome: { approved: true } },
      },
    });
    const unverified = decisionBasis(stateAfter(...revocation.slice(0, decided - 8)));
    expect(unverified.blocked?.code).toMatch(/^revocation\./);
  });
});
