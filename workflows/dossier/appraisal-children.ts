import { TemporalFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  type SignalDefinition,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';

import type { CalendarOptions } from '@ntm/calendar';
import { currentStep, type DossierEvent, type DossierState } from '@ntm/domain';

import {
  type CriterionAppraisalInput,
  criterionAppraisalWorkflowId,
  criterionSettled,
  deadlineMoved,
  supplementPending,
} from '../criterion-appraisal/messages';
import { criterionAppraisalWorkflow } from '../criterion-appraisal/workflow';

/**
 * Patch: a dossier's children are started (on submission, on resume) and told (settled) all in one
 * workflow task, instead of one task and one server round trip each: a submission's Update answered
 * after 19 round trips took 1.6–3.1 s. Runs that dispatched before this patch replay the old order.
 */
export const CHILDREN_IN_PARALLEL_PATCH = 'appraisal-children-in-parallel';

/**
 * Patch: the submission's Update answers once the criteria are assigned in the record, in the same
 * workflow task that sends their children's starts, instead of waiting for the server to confirm
 * each start; whatever tells a child something waits for the starts first. Runs that dispatched
 * before this patch replay the Update answered after the starts.
 */
export const CHILDREN_STARTED_BEHIND_PATCH = 'appraisal-children-started-behind';

/**
 * The per-criterion appraisal child workflows of a dossier. They outlive a continue-as-new of the
 * parent (ABANDON) and are addressed by their deterministic ids, so the parent keeps no handles.
 */
export class AppraisalChildren {
  private readonly late = new Set<string>();
  private open: CriterionAppraisalInput[] = [];
  /** The starts sent last (see CHILDREN_STARTED_BEHIND_PATCH). */
  private starting: Promise<void> = Promise.resolve();

  overdue(): string[] {
    return [...this.late].sort();
  }

  markOverdue(criterionId: string): void {
    if (this.open.some((child) => child.criterionId === criterionId)) this.late.add(criterionId);
  }

  /** After the dossier's own events: start, pause, move or settle the clocks they concern (on the province's calendar). */
  async follow(event: DossierEvent, state: DossierState, dossierId: string, calendar?: CalendarOptions): Promise<void> {
    switch (event.type) {
      case 'CriteriaAssigned': {
        const reminder = state.status === 'unregistered' ? 0 : state.dossier.rules.regime.reminderWorkingDaysBefore;
        const { round, stepIndex } = event.data;
        const starts = this.startAll(
          event.data.assignments.map((a) => ({
            dossierId,
            round,
            stepIndex,
            ...a,
            from: event.metadata.now,
            reminderWorkingDaysBefore: reminder,
            ...(calendar ? { calendar } : {}),
          })),
        );
        if (!patched(CHILDREN_STARTED_BEHIND_PATCH)) return starts;
        this.starting = Promise.all([this.starting, starts]).then(() => undefined);
        // A failed start is thrown to the next command that tells a child something, not lost.
        this.starting.catch(() => undefined);
        return;
      }
      case 'CriterionAppraised':
        return this.settle((child) => child.criterionId === event.data.criterionId);
      case 'SupplementRequested':
      case 'SupplementProvided':
        return this.signal(event.data.criterionId, supplementPending, {
          pending: event.type === 'SupplementRequested',
          at: event.metadata.now,
        });
      case 'DeadlineExtended':
        this.late.delete(event.data.criterionId);
        return this.signal(event.data.criterionId, deadlineMoved, {
          dueDate: event.data.dueDate,
          from: event.metadata.now,
        });
      case 'ReviewStepCompleted':
      case 'DossierRefused':
      case 'DossierWithdrawn':
        return this.settle(() => true);
      default:
        return;
    }
  }

  /** Resolves once every child started so far is running: a run continues as new only then. */
  started(): Promise<void> {
    return this.starting;
  }

  /** A workflow started on an existing stream (after continue-as-new, or if Temporal lost it). */
  async resume(state: DossierState, dossierId: string, calendar?: CalendarOptions): Promise<void> {
    if (state.status !== 'in-review') return;
    const step = currentStep(state.round);
    if (!step) return;
    const from = workflowInfo().runStartTime.toISOString();
    const reminder = state.dossier.rules.regime.reminderWorkingDaysBefore;
    const waiting = Object.values(step.reviews ?? {}).filter((review) => review.status !== 'appraised');
    await this.startAll(
      waiting.map(({ criterionId, department, dueDate }) => ({
        dossierId,
        round: state.round.number,
        stepIndex: step.stepIndex,
        criterionId,
        department,
        dueDate,
        from,
        reminderWorkingDaysBefore: reminder,
        ...(calendar ? { calendar } : {}),
      })),
    );
  }

  private startAll(inputs: readonly CriterionAppraisalInput[]): Promise<void> {
    return eachOf(inputs, (input) => this.start(input));
  }

  private async start(input: CriterionAppraisalInput): Promise<void> {
    this.open.push(input);
    try {
      await startChild(criterionAppraisalWorkflow, {
        workflowId: criterionAppraisalWorkflowId(input),
        args: [input],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      // Still running from before a continue-as-new: it keeps its own clock.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  private async settle(matches: (child: CriterionAppraisalInput) => boolean): Promise<void> {
    await this.starting;
    const settling = this.open.filter(matches);
    this.open = this.open.filter((child) => !matches(child));
    for (const child of settling) this.late.delete(child.criterionId);
    await eachOf(settling, (child) => signalChild(child, criterionSettled, []));
  }

  private async signal<Args extends unknown[]>(
    criterionId: string,
    signal: SignalDefinition<Args>,
    ...args: Args
  ): Promise<void> {
    await this.starting;
    const child = this.open.find((c) => c.criterionId === criterionId);
    if (child) await signalChild(child, signal, args);
  }
}

/** All at once under the patch (their commands leave in one workflow task), else one after the other. */
async function eachOf<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  if (items.length === 0) return;
  if (patched(CHILDREN_IN_PARALLEL_PATCH)) {
    await Promise.all(items.map(work));
    return;
  }
  for (const item of items) await work(item);
}

async function signalChild<Args extends unknown[]>(
  child: CriterionAppraisalInput,
  signal: SignalDefinition<Args>,
  args: Args,
): Promise<void> {
  try {
    await getExternalWorkflowHandle(criterionAppraisalWorkflowId(child)).signal(signal, ...args);
  } catch (error) {
    // The server refuses a signal to a child that already ended: its deadline no longer matters.
    if (!(error instanceof TemporalFailure)) throw error;
  }
}
