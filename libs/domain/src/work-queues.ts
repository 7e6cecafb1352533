import { awaitsAppraisal } from './review';
import { currentStep, dossierEnded, type DossierState } from './state';
import { revocationView, type RevocationView } from './revocation-view';

/**
 * What the coordinator does next on a dossier: dispatch the step's criteria, consolidate them, or
 * announce the recognition decision once signed.
 */
export type CoordinatorTask = 'dispatch' | 'consolidation' | 'announcement';

/**
 * The coordinator's task on a dossier: in review, its step's criteria wait to be dispatched to the
 * departments, or every one is appraised and the step waits to be consolidated; once recognised,
 * the decision waits to be announced publicly (công bố, QĐ 18/2022/QĐ-TTg).
 */
export function coordinatorTask(state: DossierState): CoordinatorTask | null {
  if (state.status === 'recognised') return state.recognition.announcement ? null : 'announcement';
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

/** What a revocation proposal asks of the commune (its work queue). */
export interface CommuneRevocationAsk {
  /** The explanation's last working day while it is awaited (QĐ 18/2022/QĐ-TTg, Điều 24). */
  readonly explanationDueDate: string | null;
  /** The residents' consultation the commune organises (Nghị định 131/2025/NĐ-CP, Điều 44). */
  readonly consultationAwaited: boolean;
}

/** Null when no proposal is open; a proposal decided directly (before the steps) awaits its explanation until decided. */
export function communeRevocationAsk(view: RevocationView | null): CommuneRevocationAsk | null {
  if (view?.phase !== 'proposed') return null;
  const awaited = (view.steps?.explanation ?? 'awaited') === 'awaited';
  return {
    explanationDueDate: awaited ? view.explanationDueDate : null,
    consultationAwaited: view.steps?.consultation === 'awaited',
  };
}
