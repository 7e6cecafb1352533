import type { DossierState } from './state';

/** Where a revocation stands, for the dossier detail and the public status view. */
export interface RevocationView {
  /** A review round raised a case; a proposal is open; the recognition is revoked. */
  readonly phase: 'case-open' | 'proposed' | 'revoked';
  readonly unmetCriterionIds: readonly string[];
  /** The periodic review round the case or proposal came from, if any. */
  readonly reviewRound: number | null;
  /** The steps of a stepwise proposal (null for a proposal decided directly, or a case). */
  readonly steps: {
    readonly verified: boolean;
    readonly explanation: 'awaited' | 'given' | 'overdue';
    readonly council: 'not-required' | 'pending' | 'open' | 'approved' | 'not-approved';
  } | null;
  readonly decision: { readonly decisionNumber: string; readonly decisionDate: string } | null;
  readonly announcedOn: string | null;
}

/** Pure: the revocation view of a dossier, or null when none is under way or decided. */
export function revocationView(state: DossierState): RevocationView | null {
  if (state.status === 'recognised') {
    const open = state.revocationCase;
    if (!open) return null;
    const base = { unmetCriterionIds: open.unmetCriterionIds, reviewRound: open.reviewRound };
    return { phase: 'case-open', ...base, steps: null, decision: null, announcedOn: null };
  }
  if (state.status !== 'revocation-proposed' && state.status !== 'revoked') return null;
  const { revocation } = state;
  const revoked = state.status === 'revoked' ? state : undefined;
  return {
    phase: revoked ? 'revoked' : 'proposed',
    unmetCriterionIds: revocation.verification?.confirmedUnmet ?? revocation.unmetCriterionIds,
    reviewRound: revocation.reviewRound ?? null,
    steps: revocation.steps
      ? {
          verified: revocation.verification !== undefined,
          explanation: revocation.explanation ? 'given' : revocation.explanationOverdue ? 'overdue' : 'awaited',
          council: councilPhase(revocation.steps.council, revocation.councils ?? []),
        }
      : null,
    decision: revoked
      ? { decisionNumber: revoked.revokedBy.decisionNumber, decisionDate: revoked.revokedBy.decisionDate }
      : null,
    announcedOn: revoked?.announcement?.announcedOn ?? null,
  };
}

function councilPhase(
  required: boolean,
  councils: readonly { readonly outcome?: { readonly approved: boolean } }[],
): NonNullable<RevocationView['steps']>['council'] {
  if (!required) return 'not-required';
  const last = councils[councils.length - 1];
  if (!last) return 'pending';
  if (!last.outcome) return 'open';
  return last.outcome.approved ? 'approved' : 'not-approved';
}
