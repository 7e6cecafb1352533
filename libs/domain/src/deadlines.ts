import { createCalendar, endOfVietnamDay, type WorkingCalendar } from '@ntm/calendar';

import type { RecordExplanationOverdue } from './commands';
import { councilOutcome } from './decide/council';
import type { Regime, Tier } from './rules';
import { type CouncilSession, currentCouncil, currentStep, type DossierState } from './state';

/**
 * The procedure's clocks that run after a command (the department's appraisal period is set at
 * dispatch, see system-commands): each deadline is computed from the instant that starts it and
 * the regime the dossier pinned, in working days of the Vietnamese calendar.
 */

export interface ExplanationDeadline {
  /** The proposal's instant (`RevocationProposed.metadata.now`), which identifies the period. */
  readonly proposedAt: string;
  /** Last working day for the commune's explanation. */
  readonly dueDate: string;
  /** The instant the period ends: the end of `dueDate`, Vietnam time. */
  readonly endsAt: string;
}

/**
 * QĐ 18/2022/QĐ-TTg, Điều 24: once revocation is proposed, the commune has
 * `regime.explanationWorkingDays` working days (pinned with the dossier's rules) to explain,
 * counted from the proposal on the province's calendar as it stands then.
 */
export const explanationDueDate = (proposedAt: string, regime: Regime, calendar: WorkingCalendar): string =>
  calendar.deadline(proposedAt, regime.explanationWorkingDays).date;

/**
 * The commune's explanation period, undefined when no explanation is awaited. The due date is the
 * one the proposal recorded, so a later calendar declaration never moves it; a proposal recorded
 * before due dates were has it counted on the calendar given.
 */
export function explanationDeadline(
  state: DossierState,
  calendar: WorkingCalendar = createCalendar(),
): ExplanationDeadline | undefined {
  if (state.status !== 'revocation-proposed') return undefined;
  const { proposedAt, explanation, explanationOverdue } = state.revocation;
  if (explanation || explanationOverdue) return undefined;
  const dueDate =
    state.revocation.explanationDueDate ?? explanationDueDate(proposedAt, state.dossier.rules.regime, calendar);
  return { proposedAt, dueDate, endsAt: endOfVietnamDay(dueDate) };
}

/** The system records the missing explanation, if the same period is still awaiting one. */
export function explanationOverdueCommand(
  state: DossierState,
  proposedAt: string,
  at: string,
  calendar: WorkingCalendar = createCalendar(),
): RecordExplanationOverdue | undefined {
  const deadline = explanationDeadline(state, calendar);
  if (!deadline || deadline.proposedAt !== proposedAt || state.status === 'unregistered') return undefined;
  return {
    type: 'RecordExplanationOverdue',
    data: { dueDate: deadline.dueDate },
    metadata: {
      actor: 'he-thong',
      role: 'system',
      unit: state.dossier.province,
      commandId: `explanation-overdue/${proposedAt}`,
      now: at,
    },
  };
}

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
  calendar: WorkingCalendar = createCalendar(),
): CouncilDeadline | undefined {
  const open = openSession(state);
  if (!open) return undefined;
  const { round, stepIndex, tier, council, regime, subject } = open;
  const key = councilSessionKey(round, stepIndex, council.session, subject);
  const opened = openedAt(key);
  if (!opened) return undefined;
  const days = regime.council.quorumWorkingDays ?? regime.appraisalWorkingDays;
  const due = calendar.deadline(opened, days);
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
