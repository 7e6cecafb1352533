import type { CalendarOptions } from '@ntm/calendar';
import { defineSignal } from '@temporalio/workflow';

export interface CriterionAppraisalInput {
  readonly dossierId: string;
  readonly round: number;
  readonly stepIndex: number;
  readonly criterionId: string;
  readonly department: string;
  /** ISO date, last working day for the verdict. */
  readonly dueDate: string;
  /** The instant the deadline is counted from (the dispatching command's time). */
  readonly from: string;
  readonly reminderWorkingDaysBefore: number;
  /** The province's working calendar when the clock started; absent: the official schedule. */
  readonly calendar?: CalendarOptions;
}

export const criterionAppraisalWorkflowId = (
  input: Pick<CriterionAppraisalInput, 'dossierId' | 'round' | 'stepIndex' | 'criterionId'>,
) => `dossier-${input.dossierId}-r${input.round}-s${input.stepIndex}-c${input.criterionId}`;

/** The department gave its verdict: the deadline no longer runs. */
export const criterionSettled = defineSignal('criterionSettled');

/** An authorised user extended the deadline (Update on the dossier); counted from `from`. */
export const deadlineMoved = defineSignal<[{ readonly dueDate: string; readonly from: string }]>('deadlineMoved');

/** A supplement was requested: the deadline pauses until the commune answers (see README). */
export const supplementPending =
  defineSignal<[{ readonly pending: boolean; readonly at: string }]>('supplementPending');
