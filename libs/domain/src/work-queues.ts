import { awaitsAppraisal } from './review';
import { currentStep, dossierEnded, type DossierState } from './state';
import { revocationView } from './revocation-view';

/** What the coordinator does next on a dossier in review: dispatch the step's criteria, or consolidate them. */
export type CoordinatorTask = 'dispatch' | 'consolidation';

/**
 * The coordinator's task on a dossier in review: its step's criteria wait to be dispatched to the
 * departments, or every one is appraised and the step waits to be consolidated.
 */
export function coordinatorTask(state: DossierState): CoordinatorTask | null {
  if (state.status !== 'in-review') return null;
  const step = currentStep(state.round);
  if (!step || step.completion) return null;
  if (!step.reviews) return 'dispatch';
  return Object.values(step.reviews).some(awaitsAppraisal) ? null : 'consolidation';
}

/**
 * A revocation waits for the coordinator: a case raised by a review round to open or close, a
 * proposal under way, or a stepwise revocation decided but not announced yet.
 */
export const revocationPending = (state: DossierState): boolean =>
  revocationView(state) !== null && !dossierEnded(state);
