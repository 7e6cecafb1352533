import {
  assignedReviews,
  awaitsAppraisal,
  type CriteriaAssigned,
  type CriterionReview,
  criterionReviewEventTypes,
  evolveReview,
  isCriterionReviewEvent,
} from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import { type EntityManager, In } from 'typeorm';

import type { Projector } from '../projector';
import { CriterionReviewRow } from './criterion-review.entity';
import { type Routing, routingOf } from './review-routing';
import { type AppraisalNoticeData, dossierIdOf, NOTICE_EVENTS, toDossierEvent } from './dossier-events';

export type ReviewRows = Map<string, CriterionReviewRow>;

const reviewKey = (dossierId: string, round: number, stepIndex: number, criterionId: string) =>
  `${dossierId}/${round}/${stepIndex}/${criterionId}`;
const keyOf = (row: CriterionReviewRow) => reviewKey(row.dossierId, row.round, row.stepIndex, row.criterionId);

/** The dossier an event is about: from its stream, or named in a notice's data. */
const reviewedDossier = (event: RecordedEvent) =>
  dossierIdOf(event) ?? (event.data as Partial<AppraisalNoticeData>).dossierId;

const asReview = (row: CriterionReviewRow): CriterionReview => ({
  criterionId: row.criterionId,
  department: row.department,
  dueDate: row.dueDate,
  status: row.status,
  supplementRequests: row.supplementRequests,
  ...(row.verdict ? { verdict: row.verdict } : {}),
});

/**
 * The row after the domain's `evolveReview`. A notice's flag holds for the due date it was about
 * while the criterion awaits appraisal: an extension clears both flags, an appraisal the overdue one.
 */
function withReview(row: CriterionReviewRow, review: CriterionReview, at: Date): CriterionReviewRow {
  const sameDueDate = review.dueDate === row.dueDate;
  return {
    ...row,
    dueDate: review.dueDate,
    status: review.status,
    verdict: review.verdict ?? null,
    supplementRequests: review.supplementRequests,
    overdue: row.overdue && sameDueDate && awaitsAppraisal(review),
    reminderSent: row.reminderSent && sameDueDate,
    updatedAt: at,
  };
}

function applyNotice(rows: ReviewRows, event: RecordedEvent): void {
  const notice = event.data as AppraisalNoticeData;
  const key = reviewKey(notice.dossierId, notice.round, notice.stepIndex, notice.criterionId);
  // A notice about a due date since extended, or a criterion since appraised, changes nothing.
  const current = rows.get(key);
  if (!current || current.dueDate !== notice.dueDate || !awaitsAppraisal(current)) return;
  const flag = event.type === 'AppraisalOverdue' ? { overdue: true } : { reminderSent: true };
  rows.set(key, { ...current, ...flag, updatedAt: event.recordedAt });
}

function assign(rows: ReviewRows, dossierId: string, event: CriteriaAssigned, at: Date, route: Routing): void {
  const { round, stepIndex, tier } = event.data;
  for (const review of assignedReviews(event)) {
    const today = route(dossierId, { criterionId: review.criterionId, stepIndex, department: review.department });
    rows.set(reviewKey(dossierId, round, stepIndex, review.criterionId), {
      dossierId,
      round,
      stepIndex,
      criterionId: review.criterionId,
      tier,
      department: review.department,
      todayUnit: today?.unit ?? null,
      todayDepartment: today?.department ?? null,
      dueDate: review.dueDate,
      status: review.status,
      verdict: null,
      supplementRequests: review.supplementRequests,
      overdue: false,
      reminderSent: false,
      updatedAt: at,
    });
  }
}

/** Applies one event to the rows already loaded for its dossier (commit order). */
export function applyReviewEvent(rows: ReviewRows, recorded: RecordedEvent, route: Routing = () => undefined): void {
  const event = toDossierEvent(recorded);
  const dossierId = dossierIdOf(recorded);
  if (!event || !dossierId) return applyNotice(rows, recorded);
  if (event.type === 'CriteriaAssigned') return assign(rows, dossierId, event, recorded.recordedAt, route);
  if (!isCriterionReviewEvent(event)) return;
  const { round, stepIndex, criterionId } = event.data;
  const key = reviewKey(dossierId, round, stepIndex, criterionId);
  const row = rows.get(key);
  if (row) rows.set(key, withReview(row, evolveReview(asReview(row), event), recorded.recordedAt));
}

/** Loads the batch's dossiers' rows, applies every event in memory, writes the touched rows once. */
async function applyReviews(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const dossierIds = [...new Set(events.flatMap((event) => reviewedDossier(event) ?? []))];
  const loaded = await manager.findBy(CriterionReviewRow, { dossierId: In(dossierIds) });
  const rows = new Map(loaded.map((row) => [keyOf(row), row]));
  const before = new Map(rows);
  const route = await routingOf(events, manager);
  for (const event of events) applyReviewEvent(rows, event, route);
  const touched = [...rows].filter(([key, row]) => before.get(key) !== row).map(([, row]) => row);
  if (touched.length > 0) await manager.upsert(CriterionReviewRow, touched, keyColumns);
}

const keyColumns = ['dossierId', 'round', 'stepIndex', 'criterionId'];

export const criterionReviewProjector: Projector = {
  name: 'criterion_reviews',
  handles: ['CriteriaAssigned', ...criterionReviewEventTypes, ...NOTICE_EVENTS],
  owns: [CriterionReviewRow],
  apply: applyReviews,
};
