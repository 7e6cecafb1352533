import type { CommuneRevocations, RevocationBand } from './evaluation';
import type { DossierState, RevocationProposal } from './state';

/** How the unmet criteria measure against the Điều 23 bands (QĐ 18/2022/QĐ-TTg), as last computed. */
export interface RevocationGroundsView {
  /** Unmet criteria over the criteria counted. */
  readonly share: number;
  readonly band: RevocationBand;
  readonly criticalUnmet: readonly string[];
  /** Whether the grounds suffice for revocation. */
  readonly sufficient: boolean;
  /** The criteria set counted on when not the dossier's own (a xã kiểu mẫu: the nâng cao set). */
  readonly basis: string | null;
  /** A district's communes recognised and revoked, a ground of its own. */
  readonly communes: CommuneRevocations | null;
}

/** Where a revocation stands, for the dossier detail, the coordinator's queue and the public status view. */
export interface RevocationView {
  /** A review round raised a case; a proposal is open; the recognition is revoked. */
  readonly phase: 'case-open' | 'proposed' | 'revoked';
  readonly unmetCriterionIds: readonly string[];
  /** The periodic review round the case or proposal came from, if any. */
  readonly reviewRound: number | null;
  /** The case's, the proposal's, or once verified the verification's. */
  readonly grounds: RevocationGroundsView;
  /**
   * Last working day of the commune's explanation (QĐ 18/2022/QĐ-TTg, Điều 24), as the proposal
   * recorded it (or the overdue notice, for a proposal recorded before); null for a case.
   */
  readonly explanationDueDate: string | null;
  /** The steps of a stepwise proposal (null for a proposal decided directly, or a case). */
  readonly steps: {
    readonly verified: boolean;
    /** Nghị định 131/2025/NĐ-CP, Điều 44: the residents' consultation the commune organises. */
    readonly consultation: 'not-required' | 'awaited' | 'recorded';
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
    const { share, band, criticalUnmet, sufficient, basis } = open;
    const grounds = { share, band, criticalUnmet, sufficient, basis: basis ?? null, communes: null };
    const base = { unmetCriterionIds: open.unmetCriterionIds, reviewRound: open.reviewRound, grounds };
    return { phase: 'case-open', ...base, explanationDueDate: null, steps: null, decision: null, announcedOn: null };
  }
  if (state.status !== 'revocation-proposed' && state.status !== 'revoked') return null;
  const { revocation } = state;
  const revoked = state.status === 'revoked' ? state : undefined;
  return {
    phase: revoked ? 'revoked' : 'proposed',
    unmetCriterionIds: revocation.verification?.confirmedUnmet ?? revocation.unmetCriterionIds,
    reviewRound: revocation.reviewRound ?? null,
    grounds: proposalGrounds(revocation),
    explanationDueDate: revocation.explanationDueDate ?? revocation.explanationOverdue ?? null,
    steps: revocation.steps
      ? {
          verified: revocation.verification !== undefined,
          consultation: !revocation.consultation
            ? 'not-required'
            : revocation.consultation.outcome
              ? 'recorded'
              : 'awaited',
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

/** A proposal stood on sufficient grounds when made; its verification may find otherwise. */
function proposalGrounds(revocation: RevocationProposal): RevocationGroundsView {
  const { share, band, criticalUnmet, sufficient } = revocation.verification ?? { ...revocation, sufficient: true };
  const communes = revocation.communes ?? null;
  return { share, band, criticalUnmet, sufficient, basis: revocation.basis ?? null, communes };
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
