import type { DossierCommand } from './commands';
import { councilView } from './council-view';
import { aggregate } from './evolve';
import type { FiledDossier } from './state';
import {
  appraiserOf,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  history,
  pinnedRules,
  recognitionCommands,
  twoTierRegime,
} from './testing/fixtures';
import { LAPSED_CRITERIA, lapsedValues, revocationCmd } from './testing/revocation-fixtures';

const appraised = (): DossierCommand[] => [
  ...filingCommands(pinnedRules(twoTierRegime)),
  cmd.submit('province'),
  cmd.assign('province'),
  ...criterionIds.map((id) => cmd.appraise(id)),
];
const consolidated = () => [...appraised(), cmd.complete('province')];
const opened = (members = councilMembers) => [...consolidated(), cmd.openCouncil('province', members)];

const viewAfter = (commands: DossierCommand[], callerId = 'secretary-1') => {
  const events = history(...commands);
  return councilView(aggregate(events) as FiledDossier, events, callerId);
};

describe('the council of one dossier, as its members and secretary see it', () => {
  it('no session may be opened before the step is consolidated: the domain says why', () => {
    const view = viewAfter(appraised());
    expect(view.opening).toEqual({
      allowed: false,
      reason: expect.objectContaining({ code: 'review.step-incomplete', messageVi: expect.any(String) }),
    });
    expect(view).toMatchObject({
      tier: 'province',
      subject: 'recognition',
      current: null,
      earlier: [],
      revocation: null,
    });
    expect(view.survey).toEqual({ rate: expect.any(Number), threshold: 0.9, passed: true });
  });

  it('a session may be opened once every criterion is met and consolidated, not while one sits', () => {
    expect(viewAfter(consolidated()).opening).toEqual({ allowed: true, reason: null });
    expect(viewAfter(opened()).opening.reason?.code).toBe('council.already-open');
  });

  it('an unmet criterion keeps the council closed, naming it', () => {
    const unmet = [
      ...appraised().slice(0, -criterionIds.length),
      cmd.appraise(criterionIds[0], 'not-met'),
      ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
      cmd.complete('province'),
    ];
    expect(viewAfter(unmet).opening.reason).toMatchObject({
      code: 'review.criteria-unmet',
      details: { unmet: [criterionIds[0]] },
    });
  });

  it('secret ballot: members show who voted, the tally counts, no choice or comment is in the view', () => {
    const commands = [...opened(), cmd.vote('member-1', true), cmd.vote('member-2', false)];
    const view = viewAfter(commands, 'member-2');
    expect(view.current).toEqual({
      session: 1,
      tier: 'province',
      subject: 'recognition',
      members: councilMembers.map((memberId) => ({
        memberId,
        voted: memberId === 'member-1' || memberId === 'member-2',
        appraisedThisDossier: false,
      })),
      present: 2,
      approvals: 1,
      quorumShare: 2 / 3,
      approvalShare: 0.9,
      quorumMet: false,
      approved: false,
      closed: false,
      // QĐ 18/2022 regime: five working days from the opening on 1/4/2026.
      quorumDueDate: '2026-04-08',
    });
    expect(view.caller).toEqual({ member: true, voted: true, conflicted: false });
    expect(JSON.stringify(view)).not.toMatch(/Không đồng ý|Đồng ý|"approve"/);
  });

  it('the quorum is a share of the members: met at four of five present, and its deadline no longer shown', () => {
    const voted = [...opened(), ...councilMembers.slice(0, 4).map((m) => cmd.vote(m))];
    expect(viewAfter(voted).current).toMatchObject({
      present: 4,
      quorumMet: true,
      approved: true,
      quorumDueDate: null,
    });
  });

  it('a member who appraised a criterion of the dossier is flagged and told so as the caller', () => {
    const conflicted = appraiserOf(criterionIds[0]);
    const view = viewAfter(opened([...councilMembers.slice(0, 2), conflicted]), conflicted);
    expect(view.current?.members.find((m) => m.memberId === conflicted)?.appraisedThisDossier).toBe(true);
    expect(view.caller).toEqual({ member: true, voted: false, conflicted: true });
    expect(viewAfter(opened(), 'member-1').caller).toEqual({ member: true, voted: false, conflicted: false });
  });

  it('a session closed without quorum stays as an earlier one once the council is reconvened', () => {
    const reconvened = [
      ...opened(),
      cmd.vote('member-1'),
      cmd.closeCouncil('province'),
      cmd.openCouncil('province', councilMembers),
    ];
    const view = viewAfter(reconvened);
    expect(view.earlier).toMatchObject([{ session: 1, closed: true, quorumMet: false, approved: false, present: 1 }]);
    expect(view.current).toMatchObject({ session: 2, closed: false, present: 0 });
  });

  it('a closed, approving session leaves the council concluded: no new session', () => {
    const closed = [...opened(), ...councilMembers.map((m) => cmd.vote(m)), cmd.closeCouncil('province')];
    const view = viewAfter(closed);
    expect(view.current).toMatchObject({ closed: true, quorumMet: true, approved: true, quorumDueDate: null });
    expect(view.opening.reason?.code).toBe('council.already-concluded');
  });

  it('a revocation proposal’s council waits for the commune’s explanation, then sits on the proposal', () => {
    const proposed = [
      ...recognitionCommands(twoTierRegime),
      revocationCmd.reviewRound(lapsedValues),
      revocationCmd.openFromCase(),
      revocationCmd.verify(LAPSED_CRITERIA),
      revocationCmd.consult(),
    ];
    const waiting = viewAfter(proposed);
    expect(waiting).toMatchObject({ subject: 'revocation', current: null });
    expect(waiting.revocation).toMatchObject({
      unmetCriterionIds: LAPSED_CRITERIA,
      explanation: null,
      consultation: { recorded: true, participants: expect.any(Number) },
    });
    expect(waiting.opening.reason?.code).toBe('revocation.explanation-pending');
    const sitting = viewAfter([...proposed, cmd.explainRevocation(), cmd.openCouncil('province')]);
    expect(sitting.current).toMatchObject({ subject: 'revocation', session: 1, closed: false });
    expect(sitting.revocation?.explanation?.text).toEqual(expect.any(String));
  });
});
