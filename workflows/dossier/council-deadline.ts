import { condition, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';

import { createCalendar, endOfVietnamDay } from '@ntm/calendar';
import {
  councilOutcome,
  type CouncilSession,
  currentCouncil,
  currentStep,
  type DossierState,
  type Regime,
  type Tier,
} from '@ntm/domain';

import { NOTICE_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import type { CouncilActivities } from './activities';

/** Workflow versioning: councils opened before this clock existed replay without it. */
export const COUNCIL_QUORUM_DEADLINE_PATCH = 'council-quorum-deadline';

/** Workflow versioning: revocation councils opened before their clock existed replay without it. */
export const REVOCATION_COUNCIL_QUORUM_PATCH = 'revocation-council-quorum-deadline';

const { recordCouncilQuorumOverdue } = proxyActivities<CouncilActivities>(NOTICE_ACTIVITY);

export interface CouncilDeadline {
  /** `round/stepIndex/session` (prefixed by the subject for a revocation): identifies the session the clock runs for. */
  readonly key: string;
  /** Set for a council on a revocation proposal, which shares its round and step with the deciding step's. */
  readonly subject?: 'revocation';
  readonly round: number;
  readonly stepIndex: number;
  readonly tier: string;
  readonly session: number;
  readonly openedAt: string;
  /** Last working day for the quorum to be present. */
  readonly dueDate: string;
  /** The end of `dueDate`, Vietnam time. */
  readonly endsAt: string;
  readonly members: number;
  readonly present: number;
  readonly quorumMet: boolean;
}

export const councilSessionKey = (round: number, stepIndex: number, session: number, subject?: 'revocation') =>
  `${subject ? `${subject}/` : ''}${round}/${stepIndex}/${session}`;

interface OpenSession {
  readonly round: number;
  readonly stepIndex: number;
  readonly tier: Tier;
  readonly council: CouncilSession;
  readonly regime: Regime;
  readonly subject?: 'revocation';
}

/** The council session sitting now: the current review step's, or the revocation proposal's (deciding step). */
function openSession(state: DossierState): OpenSession | undefined {
  if (state.status === 'revocation-proposed') {
    const { steps, councils = [] } = state.revocation;
    const council = councils[councils.length - 1];
    if (!steps?.council || !council || council.outcome) return undefined;
    const { regime } = state.dossier.rules;
    const stepIndex = regime.steps.length - 1;
    return { round: state.round.number, stepIndex, tier: steps.tier, council, regime, subject: 'revocation' };
  }
  if (state.status !== 'in-review') return undefined;
  const step = currentStep(state.round);
  const council = step && currentCouncil(step);
  if (!step || !council || council.outcome) return undefined;
  const { regime } = state.dossier.rules;
  return { round: state.round.number, stepIndex: step.stepIndex, tier: step.tier, council, regime };
}

/**
 * The open council session of the dossier (a review step's, or a revocation proposal's) and its
 * quorum deadline: `quorumWorkingDays` of the
 * pinned regime from the opening (the appraisal period for rules pinned before that setting).
 * `openedAt` gives each session's opening instant (its CouncilOpened event's time).
 */
export function councilDeadline(
  state: DossierState,
  openedAt: (key: string) => string | undefined,
): CouncilDeadline | undefined {
  const open = openSession(state);
  if (!open) return undefined;
  const { round, stepIndex, tier, council, regime, subject } = open;
  const key = councilSessionKey(round, stepIndex, council.session, subject);
  const opened = openedAt(key);
  if (!opened) return undefined;
  const days = regime.council.quorumWorkingDays ?? regime.appraisalWorkingDays;
  const due = createCalendar().deadline(opened, days);
  const { present, quorumMet } = councilOutcome(council.members.length, council.votes, regime.council);
  return {
    key,
    ...(subject ? { subject } : {}),
    round,
    stepIndex,
    tier,
    session: council.session,
    openedAt: opened,
    dueDate: due.date,
    endsAt: endOfVietnamDay(due.date),
    members: council.members.length,
    present,
    quorumMet,
  };
}

export interface CouncilClock {
  readonly dossierId: string;
  /** The open session as the workflow knows it now. */
  readonly view: () => CouncilDeadline | undefined;
  /** The run is ending (withdrawn, revoked, or continuing as new). */
  readonly closing: () => boolean;
}

/**
 * Escalates a council session still short of its quorum when its deadline passes: a notice the
 * coordinator's work queue shows. It decides nothing: the session stays open until the secretary
 * closes it (and may reconvene). Time is taken from the opening instant, or from the run's start
 * for a session opened before this run, never from a clock, so replay is exact.
 */
export async function runCouncilDeadlines({ dossierId, view, closing }: CouncilClock): Promise<void> {
  const carried = view()?.key;
  const waiting = () => {
    const deadline = view();
    return deadline !== undefined && !deadline.quorumMet;
  };
  while (!closing()) {
    await condition(() => closing() || waiting());
    const deadline = view();
    if (!deadline || closing()) return;
    const sessionMoved = () => condition(() => closing() || view()?.key !== deadline.key);
    if (deadline.subject === 'revocation') {
      // Runs recorded before revocation councils had a deadline let them sit unwatched.
      if (!patched(REVOCATION_COUNCIL_QUORUM_PATCH)) {
        await sessionMoved();
        continue;
      }
    } else if (!patched(COUNCIL_QUORUM_DEADLINE_PATCH)) return condition(closing);
    const from = deadline.key === carried ? workflowInfo().runStartTime.toISOString() : deadline.openedAt;
    const wait = Date.parse(deadline.endsAt) - Date.parse(from);
    const moved = () => closing() || view()?.key !== deadline.key || view()?.quorumMet === true;
    if (wait > 0 ? await condition(moved, wait) : moved()) {
      // Quorum reached or session closed: nothing to escalate; wait for the next session.
      await sessionMoved();
      continue;
    }
    const now = view() ?? deadline;
    const { subject, round, stepIndex, tier, session, members, present, dueDate } = now;
    const at = wait > 0 ? deadline.endsAt : from;
    const about = subject ? { dossierId, subject } : { dossierId };
    const notice = { ...about, round, stepIndex, tier, session, members, present, dueDate, at };
    await persistently('council quorum notice', () => recordCouncilQuorumOverdue(notice));
    await sessionMoved();
  }
}
