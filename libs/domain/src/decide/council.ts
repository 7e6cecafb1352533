import type { CastVote, CloseCouncil, DossierCommandType, OpenCouncil } from '../commands';
import type { CouncilSubject, StepRef } from '../events';
import type { CouncilRules, Tier } from '../rules';
import {
  currentStep,
  type CouncilOutcome,
  type CouncilSession,
  type CouncilVote,
  type DossierState,
  type FiledDossier,
  type ReviewStep,
  type RevocationProposedDossier,
} from '../state';
import { revocationAwaiting } from './revocation';
import {
  accept,
  conflict,
  emit,
  forbidden,
  inStatus,
  invalidField,
  isBlank,
  isDecision,
  unique,
  type Decision,
} from './support';

/**
 * Quorum is a share of the members; approval is a share of the members present (those who
 * voted). Quotients of integers are correctly rounded, so a share exactly at the rule passes.
 */
export function councilOutcome(members: number, votes: readonly CouncilVote[], rules: CouncilRules): CouncilOutcome {
  const present = votes.length;
  const approvals = votes.filter((v) => v.approve).length;
  const quorumMet = members > 0 && present / members >= rules.quorumShare;
  const approved = quorumMet && present > 0 && approvals / present >= rules.approvalShare;
  return { present, approvals, quorumMet, approved };
}

interface CouncilHost {
  readonly state: FiledDossier;
  readonly councils: readonly CouncilSession[];
  readonly ids: StepRef & CouncilSubject;
  /** Why no session may be opened now, if so. */
  readonly notReady?: Decision;
}

type CouncilCommand = { readonly type: DossierCommandType; readonly tier?: Tier };

const councilCommand = (command: OpenCouncil | CastVote | CloseCouncil): CouncilCommand => ({
  type: command.type,
  ...('tier' in command.data ? { tier: command.data.tier } : {}),
});

/** Councils sit on the current review step, or on a revocation proposal whose regime requires one. */
function councilHost(state: DossierState, command: CouncilCommand): CouncilHost | Decision {
  const s = inStatus(state, command.type, ['in-review', 'revocation-proposed']);
  if (isDecision(s)) return s;
  if (s.status === 'revocation-proposed') return revocationCouncil(s as RevocationProposedDossier, command);
  const step = currentStep(s.round)!;
  const wrong = wrongTier(command, step.tier);
  if (wrong) return wrong;
  return {
    state: s,
    councils: step.councils,
    ids: { round: s.round.number, stepIndex: step.stepIndex, tier: step.tier },
    ...(stepNotReady(step) ? { notReady: stepNotReady(step)! } : {}),
  };
}

function wrongTier(command: CouncilCommand, tier: Tier): Decision | undefined {
  if (command.tier === undefined || command.tier === tier) return undefined;
  return conflict('review.wrong-tier', `Hồ sơ đang ở cấp ${tier}.`, `The dossier is at the ${tier} tier.`, {
    expected: tier,
  });
}

function stepNotReady(step: ReviewStep): Decision | undefined {
  if (!step.council)
    return conflict('council.not-required', 'Bước này không có hội đồng.', 'This step has no council.');
  if (!step.completion) {
    return conflict(
      'review.step-incomplete',
      'Bước thẩm tra/thẩm định chưa hoàn thành.',
      'The review step is not complete.',
    );
  }
  if (step.completion.unmet.length > 0) {
    return forbidden('review.criteria-unmet', 'Còn tiêu chí chưa đạt.', 'Some criteria are not met.', {
      unmet: step.completion.unmet,
    });
  }
  return undefined;
}

/** QĐ 18/2022/QĐ-TTg, Điều 24: the council of the deciding tier, after verification and the commune's explanation. */
function revocationCouncil(s: RevocationProposedDossier, command: CouncilCommand) {
  const steps = s.revocation.steps;
  if (!steps?.council)
    return conflict('council.not-required', 'Việc thu hồi không cần hội đồng.', 'This revocation has no council.');
  const wrong = wrongTier(command, steps.tier);
  if (wrong) return wrong;
  const notReady = revocationAwaiting(s.revocation);
  const ids = { round: s.round.number, stepIndex: s.dossier.rules.regime.steps.length - 1, tier: steps.tier };
  return {
    state: s,
    councils: s.revocation.councils ?? [],
    ids: { ...ids, subject: 'revocation' as const },
    ...(notReady ? { notReady } : {}),
  };
}

const lastOf = (councils: readonly CouncilSession[]): CouncilSession | undefined => councils[councils.length - 1];

/** The host a new session would sit on, or why none may be opened now (any tier when none is named). */
function openingHost(state: DossierState, tier?: Tier): CouncilHost | Decision {
  const c = councilHost(state, { type: 'OpenCouncil', ...(tier ? { tier } : {}) });
  if (isDecision(c)) return c;
  if (c.notReady) return c.notReady;
  const last = lastOf(c.councils);
  if (last && !last.outcome)
    return conflict('council.already-open', 'Hội đồng đang họp.', 'A council session is open.');
  // Only a session without quorum may be reconvened; a vote that did not approve returns the dossier.
  if (last?.outcome?.quorumMet) {
    return conflict('council.already-concluded', 'Hội đồng đã kết luận.', 'The council has concluded.', {
      approved: last.outcome.approved,
    });
  }
  return c;
}

/** Why the secretary may not open a session now, as OpenCouncil would refuse it; undefined when they may. */
export function councilOpeningRefusal(state: DossierState): Decision | undefined {
  const c = openingHost(state);
  return isDecision(c) ? c : undefined;
}

export function openCouncil(command: OpenCouncil, state: DossierState): Decision {
  const c = openingHost(state, command.data.tier);
  if (isDecision(c)) return c;
  const { members } = command.data;
  if (members.length === 0 || members.some(isBlank) || !unique(members)) {
    return invalidField('members', 'Danh sách thành viên không hợp lệ.', 'The member list is not valid.');
  }
  return accept(emit(command.metadata, 'CouncilOpened', { ...c.ids, session: c.councils.length + 1, members }));
}

export function castVote(command: CastVote, state: DossierState): Decision {
  const c = councilHost(state, councilCommand(command));
  if (isDecision(c)) return c;
  const council = lastOf(c.councils);
  if (!council || council.outcome)
    return conflict('council.not-open', 'Hội đồng chưa họp.', 'No council session is open.');
  const { memberId, approve } = command.data;
  if (!council.members.includes(memberId)) {
    return forbidden('council.not-a-member', 'Không phải thành viên hội đồng.', 'Not a member of the council.', {
      memberId,
    });
  }
  if (council.votes.some((v) => v.memberId === memberId)) {
    return conflict('council.already-voted', 'Thành viên đã bỏ phiếu.', 'The member has already voted.', { memberId });
  }
  // Conflict of interest: whoever appraised a criterion of this dossier may not vote on it.
  if (c.state.dossier.appraisers.includes(memberId)) {
    return forbidden(
      'council.conflict-of-interest',
      'Thành viên đã thẩm định tiêu chí của hồ sơ này, không được bỏ phiếu.',
      'The member appraised a criterion of this dossier and may not vote.',
      {
        memberId,
      },
    );
  }
  return accept(
    emit(command.metadata, 'VoteCast', {
      ...c.ids,
      session: council.session,
      memberId,
      approve,
      comment: command.data.comment ?? '',
    }),
  );
}

export function closeCouncil(command: CloseCouncil, state: DossierState): Decision {
  const c = councilHost(state, councilCommand(command));
  if (isDecision(c)) return c;
  const council = lastOf(c.councils);
  if (!council || council.outcome)
    return conflict('council.not-open', 'Hội đồng chưa họp.', 'No council session is open.');
  const rules = c.state.dossier.rules.regime.council;
  const outcome = councilOutcome(council.members.length, council.votes, rules);
  return accept(
    emit(command.metadata, 'CouncilConcluded', {
      ...c.ids,
      session: council.session,
      members: council.members.length,
      quorumShare: rules.quorumShare,
      approvalShare: rules.approvalShare,
      ...outcome,
    }),
  );
}
