import { condition, patched, workflowInfo } from '@temporalio/workflow';

import type { WorkingCalendar } from '@ntm/calendar';

import {
  type DossierCommand,
  type DossierState,
  explanationDeadline,
  explanationDueDate,
  explanationOverdueCommand,
  type RecordExplanationOverdue,
} from '@ntm/domain';

/**
 * Patch: a proposal records the commune's explanation due date, counted here on the province's
 * calendar the run holds, so a later calendar declaration never moves it. Runs that proposed before
 * this patch take the old branch on replay (their due date is counted when read).
 */
export const EXPLANATION_DUE_DATE_PATCH = 'revocation-explanation-due-date';

/**
 * A proposal follows the regime's revocation steps (verification, council, announcement) and
 * carries its explanation due date; callers cannot choose either, the workflow marks them.
 */
export function stepwise(command: DossierCommand, state: DossierState, calendar: WorkingCalendar): DossierCommand {
  const marked =
    command.type === 'ProposeRevocation' ? { ...command, data: { ...command.data, stepwise: true } } : command;
  const proposes =
    command.type === 'ProposeRevocation' ||
    (command.type === 'ResolveRevocationCase' && command.data.outcome === 'propose');
  if (!proposes || state.status === 'unregistered' || !patched(EXPLANATION_DUE_DATE_PATCH)) return marked;
  const dueDate = explanationDueDate(command.metadata.now, state.dossier.rules.regime, calendar);
  return { ...marked, data: { ...marked.data, explanationDueDate: dueDate } } as DossierCommand;
}

export interface ExplanationClock {
  /** The dossier as the workflow knows it now. */
  readonly view: () => DossierState;
  /** The province's calendar as the run last read it (with the record). */
  readonly calendar: () => WorkingCalendar;
  /** Carries out the command (serially with the Updates); `undefined` means nothing to record any more. */
  readonly record: (make: () => RecordExplanationOverdue | undefined) => Promise<unknown>;
  /** The run is ending (revoked and announced, withdrawn, or continuing as new). */
  readonly closing: () => boolean;
}

/**
 * Runs the explanation period of each revocation proposal (QĐ 18/2022/QĐ-TTg, Điều 24). Only a
 * notice is recorded when it passes: the recognition's status and validity change by the decision
 * alone. Time is taken from the proposal's instant, or the run's start for a proposal made before
 * this run, never from a clock, so replay is exact.
 */
export async function runExplanationDeadlines({ view, calendar, record, closing }: ExplanationClock): Promise<void> {
  const due = () => explanationDeadline(view(), calendar());
  const carried = due()?.proposedAt;
  while (!closing()) {
    await condition(() => closing() || due() !== undefined);
    const deadline = due();
    if (!deadline || closing()) return;
    const from = deadline.proposedAt === carried ? workflowInfo().runStartTime.toISOString() : deadline.proposedAt;
    const wait = Date.parse(deadline.endsAt) - Date.parse(from);
    const moved = () => closing() || due()?.proposedAt !== deadline.proposedAt;
    const settled = wait > 0 ? await condition(moved, wait) : moved();
    if (settled) continue;
    const at = wait > 0 ? deadline.endsAt : from;
    await record(() => explanationOverdueCommand(view(), deadline.proposedAt, at, calendar()));
  }
}
