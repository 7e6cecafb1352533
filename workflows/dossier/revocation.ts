import { condition, patched, workflowInfo } from '@temporalio/workflow';

import { createCalendar, endOfVietnamDay } from '@ntm/calendar';
import type { DossierCommand, DossierState, RecordExplanationOverdue } from '@ntm/domain';

/** Workflow versioning: dossiers proposed for revocation before this clock existed replay without it. */
export const EXPLANATION_DEADLINE_PATCH = 'revocation-explanation-deadline';

/** Workflow versioning: runs recorded before the stepwise revocation keep deciding proposals directly. */
export const REVOCATION_STEPS_PATCH = 'revocation-steps';

/**
 * A proposal made in a run with the stepwise procedure follows the regime's revocation steps
 * (verification, council, announcement); callers cannot choose this, the workflow marks it.
 */
export function stepwise(command: DossierCommand): DossierCommand {
  return command.type === 'ProposeRevocation' ? { ...command, data: { ...command.data, stepwise: true } } : command;
}

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
 * counted from the proposal. Undefined when no explanation is awaited.
 */
export function explanationDeadline(state: DossierState): ExplanationDeadline | undefined {
  if (state.status !== 'revocation-proposed') return undefined;
  const { proposedAt, explanation, explanationOverdue } = state.revocation;
  if (explanation || explanationOverdue) return undefined;
  const due = createCalendar().deadline(proposedAt, state.dossier.rules.regime.explanationWorkingDays);
  return { proposedAt, dueDate: due.date, endsAt: endOfVietnamDay(due.date) };
}

/** The system records the missing explanation, if the same period is still awaiting one. */
export function explanationOverdueCommand(
  state: DossierState,
  proposedAt: string,
  at: string,
): RecordExplanationOverdue | undefined {
  const deadline = explanationDeadline(state);
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

export interface ExplanationClock {
  /** The dossier as the workflow knows it now. */
  readonly view: () => DossierState;
  /** Carries out the command (serially with the Updates); `undefined` means nothing to record any more. */
  readonly record: (make: () => RecordExplanationOverdue | undefined) => Promise<unknown>;
  /** The run is ending (revoked and announced, withdrawn, or continuing as new). */
  readonly closing: () => boolean;
}

/**
 * Runs the explanation period of each revocation proposal. Only a notice is recorded when it
 * passes: the recognition's status and validity change by the decision alone (Điều 24).
 * Time is taken from the proposal's instant, or the run's start for a proposal made before
 * this run, never from a clock, so replay is exact.
 */
export async function runExplanationDeadlines({ view, record, closing }: ExplanationClock): Promise<void> {
  const carried = explanationDeadline(view())?.proposedAt;
  while (!closing()) {
    await condition(() => closing() || explanationDeadline(view()) !== undefined);
    const deadline = explanationDeadline(view());
    if (!deadline || closing()) return;
    if (!patched(EXPLANATION_DEADLINE_PATCH)) return condition(closing);
    const from = deadline.proposedAt === carried ? workflowInfo().runStartTime.toISOString() : deadline.proposedAt;
    const wait = Date.parse(deadline.endsAt) - Date.parse(from);
    const moved = () => closing() || explanationDeadline(view())?.proposedAt !== deadline.proposedAt;
    const settled = wait > 0 ? await condition(moved, wait) : moved();
    if (settled) continue;
    const at = wait > 0 ? deadline.endsAt : from;
    await record(() => explanationOverdueCommand(view(), deadline.proposedAt, at));
  }
}
