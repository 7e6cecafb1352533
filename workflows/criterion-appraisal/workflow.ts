import { condition, getExternalWorkflowHandle, proxyActivities, setHandler } from '@temporalio/workflow';

import { createCalendar, endOfVietnamDay, startOfVietnamDay } from '@ntm/calendar';

import { NOTICE_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import { appraisalOverdue, dossierWorkflowId } from '../dossier/messages';
import type { CriterionAppraisalActivities } from './activities';
import { type CriterionAppraisalInput, criterionSettled, deadlineMoved, supplementPending } from './messages';

const { recordAppraisalNotice } = proxyActivities<CriterionAppraisalActivities>(NOTICE_ACTIVITY);

type Kind = 'reminder' | 'overdue';

/**
 * The deadline of one criterion's appraisal by its department, in working days: a reminder some
 * working days before, escalation to the coordinator when it passes. Time is tracked from the
 * instants carried by the input and signals (no clock is read), so replay is exact.
 */
export async function criterionAppraisalWorkflow(input: CriterionAppraisalInput): Promise<void> {
  const calendar = createCalendar(input.calendar);
  let dueDate = input.dueDate;
  let clock = input.from;
  let settled = false;
  let paused = false;
  let changes = 0;
  const done = new Set<Kind>();
  setHandler(criterionSettled, () => void (settled = true));
  setHandler(deadlineMoved, (moved) => {
    ({ dueDate, from: clock } = moved);
    paused = false;
    done.clear();
    changes += 1;
  });
  setHandler(supplementPending, ({ pending, at }) => {
    paused = pending;
    clock = at;
    changes += 1;
  });

  const noticeAt = (kind: Kind) =>
    kind === 'reminder'
      ? startOfVietnamDay(calendar.subtractWorkingDays(dueDate, input.reminderWorkingDaysBefore))
      : endOfVietnamDay(dueDate);

  while (!settled) {
    const seen = changes;
    const next = paused ? undefined : (['reminder', 'overdue'] as const).find((kind) => !done.has(kind));
    const wake = () => settled || changes !== seen;
    if (!next) {
      await condition(wake);
      continue;
    }
    const at = noticeAt(next);
    const fired = !(await condition(wake, Math.max(0, Date.parse(at) - Date.parse(clock))));
    if (!fired) continue;
    clock = at;
    done.add(next);
    await persistently('appraisal notice', () => recordAppraisalNotice({ ...pick(input), kind: next, dueDate, at }));
    if (next === 'overdue') {
      await getExternalWorkflowHandle(dossierWorkflowId(input.dossierId)).signal(appraisalOverdue, {
        criterionId: input.criterionId,
      });
    }
  }
}

function pick({ dossierId, round, stepIndex, criterionId, department }: CriterionAppraisalInput) {
  return { dossierId, round, stepIndex, criterionId, department };
}
