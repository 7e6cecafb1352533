/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import type { Regime } from '../rules';
import { given } from '../testing/decider-specification';
import {
  clearStep,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  history,
  pinnedRules,
  threeTierRegime,
} from '../testing/fixtures';
import { councilOutcome } from './council';

const reviewed = (regime: Regime = threeTierRegime) => [
  ...filingCommands(pinnedRules(regime)),
  cmd.submit('district'),
  cmd.assign('district'),
  ...criterionIds.map((id) => cmd.appraise(id)),
  cmd.complete('district'),
];
const open = (members = councilMembers) => [...reviewed(), cmd.openCouncil('district', members)];
const rules = threeTierRegime.council;
const votes = (approve: number, reject: number) => [
  ...Array.from({ length: approve }, (_, i) => ({ memberId: `a${i}`, approve: true, comment: '' })),
  ...Array.from({ length: reject }, (_, i) => ({ memberId: `r${i}`, approve: false, comment: '' })),
];

describe('OpenCouncil', () => {
  it('opens once the step is consolidated with every criterion met', () => {
    given(history(...reviewed()))
      .when(cmd.openCouncil('district'))
      .thenEmits(['CouncilOpened'], [{ session: 1, members: councilMembers, tier: 'district' }]);
  });

  it('refuses before consolidation, with an unmet criterion, or twice', () => {
    given(history(...reviewed().slice(0, -1)))
      .when(cmd.openCouncil('district'))
      .thenFails('review.step-incomplete');
    const unmet = [
      ...reviewed().slice(0, -1 - criterionIds.length),
      cmd.appraise('c-income', 'not-met'),
      ...criterionIds.slice(1).map((id) => cmd.appraise(id)),
      cmd.complete('district'),
    ];
    given(history(...unmet))
      .when(cmd.openCouncil('district'))
      .thenFails('review.criteria-unmet', 'forbidden');
    given(history(...open()))
      .when(cmd.openCouncil('district'))
      .thenFails('council.already-open');
    given(history(...reviewed()))
      .when(cmd.openCouncil('district', ['m', 'm']))
      .thenFails('command.invalid-field');
  });

  it('refuses on a step the regime gives no council', () => {
    const noDistrictCouncil: Regime = {
      ...threeTierRegime,
      steps: [{ tier: 'district', step: 'verification', council: false }, threeTierRegime.steps[1]!],
    };
    given(history(...reviewed(noDistrictCouncil)))
      .when(cmd.openCouncil('district'))
      .thenFails('council.not-required');
  });

  it('reconvenes only after a session without quorum', () => {
    const noQuorum = [...open(), cmd.vote('member-1'), cmd.closeCouncil('district')];
    given(history(...noQuorum))
      .when(cmd.openCouncil('district'))
      .thenEmits(['CouncilOpened'], [{ session: 2 }]);
    const concluded = [...open(), ...councilMembers.map((m) => cmd.vote(m)), cmd.closeCouncil('district')];
    given(history(...concluded))
      .when(cmd.openCouncil('district'))
      .thenFails('council.already-concluded');
  });
});

describe('CastVote', () => {
  it('records a member’s vote with comment', () => {
    given(history(...open()))
      .when(cmd.vote('member-1', false))
      .thenEmits(['VoteCast'], [{ memberId: 'member-1', approve: false, session: 1 }]);
  });

  it('a member who appraised a criterion of this dossier must not vote (conflict of interest)', () => {
    given(history(...open([...councilMembers, 'appraiser-thong-ke'])))
      .when(cmd.vote('appraiser-thong-ke'))
      .thenFails('council.conflict-of-interest', 'forbidden');
  });

  it('and a member who voted on this dossier must not appraise it later (conflict of interest)', () => {
    const atProvince = [
      ...filingCommands(pinnedRules(threeTierRegime)),
      ...clearStep('district'),
      cmd.submit('province'),
      cmd.assign('province'),
    ];
    given(history(...atProvince))
      .when(cmd.appraise('c-income', 'met', { actor: 'member-1' }))
      .thenFails('appraisal.conflict-of-interest', 'forbidden');
  });

  it('refuses a non-member, a second vote, and a vote with no open session', () => {
    given(history(...open()))
      .when(cmd.vote('stranger'))
      .thenFails('council.not-a-member', 'forbidden');
    given(history(...open(), cmd.vote('member-1')))
      .when(cmd.vote('member-1'))
      .thenFails('council.already-voted');
    given(history(...reviewed()))
      .when(cmd.vote('member-1'))
      .thenFails('council.not-open');
    given(history(...filingCommands()))
      .when(cmd.vote('member-1'))
      .thenFails('dossier.invalid-state');
  });
});

describe('CloseCouncil', () => {
  it('concludes with quorum (two thirds of members) and approval (90% of those present)', () => {
    given(history(...open(), ...councilMembers.slice(0, 4).map((m) => cmd.vote(m))))
      .when(cmd.closeCouncil('district'))
      .thenEmits(['CouncilConcluded'], [{ members: 5, present: 4, approvals: 4, quorumMet: true, approved: true }]);
  });

  it('is not approved without quorum', () => {
    given(history(...open(), ...councilMembers.slice(0, 3).map((m) => cmd.vote(m))))
      .when(cmd.closeCouncil('district'))
      .thenEmits(['CouncilConcluded'], [{ present: 3, quorumMet: false, approved: false }]);
  });

  it('refuses when no session is open', () => {
    given(history(...reviewed()))
      .when(cmd.closeCouncil('district'))
      .thenFails('council.not-open');
    given(history(...open()))
      .when(cmd.closeCouncil('province'))
      .thenFails('review.wrong-tier');
  });

  it.each([
    ['2 of 3 present: quorum exactly two thirds', 3, votes(2, 0), true, true],
    ['3 of 5 present: below two thirds', 5, votes(3, 0), false, false],
    ['9 of 10 present approve: exactly 90%', 10, votes(9, 1), true, true],
    ['8 of 9 present approve: below 90%', 10, votes(8, 1), true, false],
    ['nobody present', 3, votes(0, 0), false, false],
  ])('%s', (_name, members, cast, quorumMet, approved) => {
    expect(councilOutcome(members, cast, rules)).toMatchObject({ quorumMet, approved });
  });
});
