import type {
  CriteriaAssigned,
  CriterionAppraised,
  DeadlineExtended,
  DossierEvent,
  SupplementProvided,
  SupplementRequested,
} from './events';
import type { CriterionReview } from './state';

/** The events that change one criterion's review once its criteria are dispatched. */
export type CriterionReviewEvent = CriterionAppraised | SupplementRequested | SupplementProvided | DeadlineExtended;

export const criterionReviewEventTypes = [
  'CriterionAppraised',
  'SupplementRequested',
  'SupplementProvided',
  'DeadlineExtended',
] as const satisfies readonly CriterionReviewEvent['type'][];

export const isCriterionReviewEvent = (event: DossierEvent): event is CriterionReviewEvent =>
  (criterionReviewEventTypes as readonly string[]).includes(event.type);

/** Dispatching a step's criteria: each is pending with its department and due date. */
export const assignedReviews = (event: CriteriaAssigned): CriterionReview[] =>
  event.data.assignments.map((assignment) => ({ ...assignment, status: 'pending', supplementRequests: 0 }));

/**
 * One criterion's review after an event about it: the rule `evolve` applies to the dossier and the
 * work-queue read model applies to its row, so the status is derived in one place.
 */
export function evolveReview(review: CriterionReview, event: CriterionReviewEvent): CriterionReview {
  switch (event.type) {
    case 'CriterionAppraised': {
      const { verdict, findings, judgements, appraisedBy } = event.data;
      return { ...review, status: 'appraised', verdict, findings, judgements, appraisedBy };
    }
    // A supplement asked for sets the appraisal aside: the department appraises again once provided.
    case 'SupplementRequested':
      return {
        criterionId: review.criterionId,
        department: review.department,
        dueDate: review.dueDate,
        status: 'supplement-requested',
        supplementRequests: review.supplementRequests + 1,
      };
    case 'SupplementProvided':
      return { ...review, status: 'pending' };
    case 'DeadlineExtended':
      return { ...review, dueDate: event.data.dueDate };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Still with its department: not appraised yet (pending, or waiting for a supplement). */
export const awaitsAppraisal = (review: Pick<CriterionReview, 'status'>): boolean => review.status !== 'appraised';
