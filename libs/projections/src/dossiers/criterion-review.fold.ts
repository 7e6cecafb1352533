import type { CriterionReviewStatus, DossierEvent, StepRef } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';

import type { CriterionReviewRow } from './criterion-review.entity';
import { type AppraisalNoticeData, dossierIdOf, toDossierEvent } from './dossier-events';

export type ReviewRows = Map<string, CriterionReviewRow>;

export const reviewKey = (dossierId: string, round: number, stepIndex: number, criterionId: string) =>
  `${dossierId}/${round}/${stepIndex}/${criterionId}`;

/** The dossier an event is about: from its stream, or named in a notice's data. */
export function reviewedDossier(event: RecordedEvent): string | undefined {
  return dossierIdOf(event) ?? (event.data as Partial<AppraisalNoticeData>).dossierId;
}

function update(
  rows: ReviewRows,
  key: string,
  at: Date,
  change: (row: CriterionReviewRow) => Partial<CriterionReviewRow>,
) {
  const row = rows.get(key);
  if (row) rows.set(key, { ...row, ...change(row), updatedAt: at });
}

function applyNotice(rows: ReviewRows, event: RecordedEvent): void {
  const notice = event.data as AppraisalNoticeData;
  const key = reviewKey(notice.dossierId, notice.round, notice.stepIndex, notice.criterionId);
  // A notice about a due date since extended, or a criterion since appraised, changes nothing.
  const current = rows.get(key);
  if (!current || current.dueDate !== notice.dueDate || current.status === 'appraised') return;
  const flag = event.type === 'AppraisalOverdue' ? { overdue: true } : { reminderSent: true };
  update(rows, key, event.recordedAt, () => flag);
}

function assign(rows: ReviewRows, dossierId: string, event: DossierEvent & { type: 'CriteriaAssigned' }, at: Date) {
  const { round, stepIndex, tier, assignments } = event.data;
  for (const { criterionId, department, dueDate } of assignments) {
    rows.set(reviewKey(dossierId, round, stepIndex, criterionId), {
      dossierId,
      round,
      stepIndex,
      criterionId,
      tier,
      department,
      dueDate,
      status: 'pending' satisfies CriterionReviewStatus,
      verdict: null,
      supplementRequests: 0,
      overdue: false,
      reminderSent: false,
      updatedAt: at,
    });
  }
}

/** Folds one event into the rows already loaded for its dossier (commit order). */
export function applyReviewEvent(rows: ReviewRows, recorded: RecordedEvent): void {
  const event = toDossierEvent(recorded);
  const dossierId = dossierIdOf(recorded);
  if (!event || !dossierId) return applyNotice(rows, recorded);
  if (event.type === 'CriteriaAssigned') return assign(rows, dossierId, event, recorded.recordedAt);
  const { round, stepIndex } = event.data as StepRef;
  const key = (criterionId: string) => reviewKey(dossierId, round, stepIndex, criterionId);
  const at = recorded.recordedAt;
  switch (event.type) {
    case 'CriterionAppraised':
      return update(rows, key(event.data.criterionId), at, () => ({
        status: 'appraised' satisfies CriterionReviewStatus,
        verdict: event.data.verdict,
        overdue: false,
      }));
    case 'SupplementRequested':
      return update(rows, key(event.data.criterionId), at, () => ({
        status: 'supplement-requested' satisfies CriterionReviewStatus,
        supplementRequests: event.data.request,
      }));
    case 'SupplementProvided':
      return update(rows, key(event.data.criterionId), at, () => ({
        status: 'pending' satisfies CriterionReviewStatus,
      }));
    case 'DeadlineExtended':
      return update(rows, key(event.data.criterionId), at, () => ({
        dueDate: event.data.dueDate,
        overdue: false,
        reminderSent: false,
      }));
    default:
      return;
  }
}
