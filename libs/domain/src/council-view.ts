import { createCalendar, type WorkingCalendar } from '@ntm/calendar';

import { councilOpeningRefusal, councilOutcome } from './decide/council';
import { councilDeadline, councilSessionKey } from './deadlines';
import type { DossierEvent } from './events';
import type { Tier } from './rules';
import { type CouncilSession, currentStep, type FiledDossier } from './state';

export type CouncilSubjectKind = 'recognition' | 'revocation';

/** A member as the secret ballot allows: whether they voted, never how. */
export interface CouncilMemberView {
  readonly memberId: string;
  readonly voted: boolean;
  /** They appraised a criterion of this dossier: conflict of interest, they may not vote. */
  readonly appraisedThisDossier: boolean;
}

/** The tally against the regime's rule: quorum is a share of the members, approval a share of those present. */
export interface CouncilTallyView {
  readonly present: number;
  readonly approvals: number;
  readonly quorumShare: number;
  readonly approvalShare: number;
  readonly quorumMet: boolean;
  /** Quorum met and the approvals reach their share: the outcome if the session closed now. */
  readonly approved: boolean;
}

export interface CouncilSessionView extends CouncilTallyView {
  readonly session: number;
  readonly tier: Tier;
  readonly subject: CouncilSubjectKind;
  readonly members: readonly CouncilMemberView[];
  /** False while the session sits; its outcome is the tally once closed. */
  readonly closed: boolean;
  /** Last working day for the quorum, while the session sits short of it. */
  readonly quorumDueDate: string | null;
}

export interface CouncilOpeningView {
  readonly allowed: boolean;
  /** The domain's reason when not allowed (the refusal OpenCouncil would give). */
  readonly reason: {
    readonly code: string;
    readonly messageVi: string;
    readonly messageEn: string;
    readonly details: Readonly<Record<string, unknown>> | null;
  } | null;
}

/** What a revocation council decides on: the proposal, the commune's explanation, the residents' opinion. */
export interface CouncilRevocationView {
  readonly grounds: string;
  readonly unmetCriterionIds: readonly string[];
  readonly share: number;
  readonly criticalUnmet: readonly string[];
  readonly explanation: { readonly text: string; readonly at: string } | null;
  /** Last working day of the explanation period, when it passed without one. */
  readonly explanationOverdue: string | null;
  /** Nghị định 131/2025/NĐ-CP, Điều 44; null when not required. */
  readonly consultation: {
    readonly recorded: boolean;
    readonly heldOn: string | null;
    readonly participants: number | null;
    readonly inFavour: number | null;
    readonly summary: string | null;
  } | null;
}

/** One dossier's council, for its members, secretary and readers. */
export interface CouncilView {
  readonly tier: Tier | null;
  readonly subject: CouncilSubjectKind | null;
  /** The residents' satisfaction rate against the level's threshold, once certified. */
  readonly survey: { readonly rate: number; readonly threshold: number; readonly passed: boolean } | null;
  readonly revocation: CouncilRevocationView | null;
  readonly opening: CouncilOpeningView;
  /** The latest session, sitting or closed. */
  readonly current: CouncilSessionView | null;
  /** The sessions before it, closed (a session without quorum may be reconvened). */
  readonly earlier: readonly CouncilSessionView[];
  readonly caller: { readonly member: boolean; readonly voted: boolean; readonly conflicted: boolean };
}

interface Seat {
  readonly tier: Tier;
  readonly subject: CouncilSubjectKind;
  readonly councils: readonly CouncilSession[];
}

/** Where councils sit: on a revocation proposal whose steps have one, else on the current review step. */
function seatOf(state: FiledDossier): Seat | undefined {
  if ((state.status === 'revocation-proposed' || state.status === 'revoked') && state.revocation.steps?.council)
    return { tier: state.revocation.steps.tier, subject: 'revocation', councils: state.revocation.councils ?? [] };
  const step = currentStep(state.round);
  return step?.council ? { tier: step.tier, subject: 'recognition', councils: step.councils } : undefined;
}

function revocationOf(state: FiledDossier): CouncilRevocationView | null {
  if (state.status !== 'revocation-proposed' && state.status !== 'revoked') return null;
  const { revocation } = state;
  const verified = revocation.verification;
  const outcome = revocation.consultation?.outcome;
  return {
    grounds: revocation.grounds,
    unmetCriterionIds: verified?.confirmedUnmet ?? revocation.unmetCriterionIds,
    share: verified?.share ?? revocation.share,
    criticalUnmet: verified?.criticalUnmet ?? revocation.criticalUnmet,
    explanation: revocation.explanation ? { text: revocation.explanation.text, at: revocation.explanation.at } : null,
    explanationOverdue: revocation.explanationOverdue ?? null,
    consultation: revocation.consultation
      ? {
          recorded: outcome !== undefined,
          heldOn: outcome?.heldOn ?? null,
          participants: outcome?.participants ?? null,
          inFavour: outcome?.inFavour ?? null,
          summary: outcome?.summary ?? null,
        }
      : null,
  };
}

function openingOf(state: FiledDossier): CouncilOpeningView {
  const refusal = councilOpeningRefusal(state);
  if (!refusal || refusal.ok) return { allowed: true, reason: null };
  const { code, messageVi, messageEn, details } = refusal.error;
  return { allowed: false, reason: { code, messageVi, messageEn, details: details ?? null } };
}

/** When each session opened (its CouncilOpened event), by the key the quorum clock uses. */
function openings(events: readonly DossierEvent[]): Map<string, string> {
  const opened = new Map<string, string>();
  for (const event of events) {
    if (event.type !== 'CouncilOpened') continue;
    const { round, stepIndex, session, subject } = event.data;
    opened.set(councilSessionKey(round, stepIndex, session, subject), event.metadata.now);
  }
  return opened;
}

/**
 * Pure: the dossier's council as `callerId` may see it. Votes are counted and attributed to a
 * member as "voted", never with their choice or comment (secret ballot).
 */
export function councilView(
  state: FiledDossier,
  events: readonly DossierEvent[],
  callerId: string,
  calendar: WorkingCalendar = createCalendar(),
): CouncilView {
  const seat = seatOf(state);
  const rules = state.dossier.rules.regime.council;
  const appraisers = new Set(state.dossier.appraisers);
  const opened = openings(events);
  const deadline = councilDeadline(state, (key) => opened.get(key), calendar);
  const sessionView = (council: CouncilSession): CouncilSessionView => {
    const voters = new Set(council.votes.map((vote) => vote.memberId));
    const { present, approvals, quorumMet, approved } =
      council.outcome ?? councilOutcome(council.members.length, council.votes, rules);
    const sitting = !council.outcome && deadline?.session === council.session;
    return {
      session: council.session,
      tier: seat!.tier,
      subject: seat!.subject,
      members: council.members.map((memberId) => ({
        memberId,
        voted: voters.has(memberId),
        appraisedThisDossier: appraisers.has(memberId),
      })),
      present,
      approvals,
      quorumShare: rules.quorumShare,
      approvalShare: rules.approvalShare,
      quorumMet,
      approved,
      closed: council.outcome !== undefined,
      quorumDueDate: sitting && !quorumMet ? deadline.dueDate : null,
    };
  };
  const sessions = (seat?.councils ?? []).map(sessionView);
  const current = sessions[sessions.length - 1] ?? null;
  const mine = current?.members.find((member) => member.memberId === callerId);
  const survey = state.round.survey;
  return {
    tier: seat?.tier ?? null,
    subject: seat?.subject ?? null,
    survey: survey ? { rate: survey.rate, threshold: survey.threshold, passed: survey.passed } : null,
    revocation: revocationOf(state),
    opening: openingOf(state),
    current,
    earlier: sessions.slice(0, -1),
    caller: { member: mine !== undefined, voted: mine?.voted ?? false, conflicted: appraisers.has(callerId) },
  };
}
