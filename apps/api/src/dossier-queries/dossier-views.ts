import type { RevocationView } from '@ntm/domain';
import type { CriterionReviewRow, DossierSummaryRow } from '@ntm/projections';

/** A dossier in a list: what the summary read model holds, never its folded state. */
export interface DossierListItem {
  readonly dossierId: string;
  readonly unit: { readonly code: string; readonly kind: string };
  readonly province: string;
  readonly level: string;
  readonly year: number;
  readonly status: string;
  readonly round: number;
  readonly criteria: { readonly metCount: number; readonly total: number; readonly unmet: readonly string[] };
  readonly stage: {
    readonly tier: string;
    readonly stepIndex: number;
    readonly step: string;
    readonly phase: string;
  } | null;
  readonly survey: { readonly rate: number; readonly passed: boolean } | null;
  readonly recognition: { readonly decisionNumber: string; readonly decisionDate: string } | null;
  readonly version: number;
  readonly updatedAt: string;
}

export interface CriterionStatusView {
  readonly criterionId: string;
  readonly verdict: string;
  readonly review: {
    readonly department: string;
    readonly dueDate: string;
    readonly status: string;
    readonly overdue: boolean;
    readonly reminderSent: boolean;
    readonly supplementRequests: number;
  } | null;
}

/** Another dossier of the same unit in a re-recognition chain, as the detail links it. */
export interface LinkedDossier {
  readonly dossierId: string;
  readonly year: number;
  readonly status: string;
  readonly recognition: { readonly decisionNumber: string; readonly decisionDate: string } | null;
  readonly revocation: { readonly decisionNumber: string; readonly decisionDate: string } | null;
}

export interface DossierDetail extends DossierListItem {
  readonly catalogueVersion: string;
  readonly criteriaSetId: string;
  readonly regimeId: string;
  readonly comments: { readonly total: number; readonly unanswered: number };
  readonly criteriaStatus: CriterionStatusView[];
  /** A review case, a proposal under way, or the revocation decision (number, date, announcement). */
  readonly revocation: RevocationView | null;
  /** Re-recognition: the earlier, revoked dossier this one follows, and the later ones that follow it. */
  readonly history: { readonly previous: LinkedDossier | null; readonly later: readonly LinkedDossier[] };
  /** Each refusal with its reasons per criterion (what the commune must put right). */
  readonly refusals: DossierSummaryRow['refusals'];
  /** A round carried over from a refusal: the criteria the commune corrects. */
  readonly questioned: DossierSummaryRow['questioned'];
  /** Indicators of its criteria set whose threshold is a default the province has yet to confirm. */
  readonly unconfirmedThresholds: readonly string[];
  /** "Xã Cẩm Giàng", as the register of units names it (null for a code it does not hold). */
  readonly unitName: string | null;
  /** The units the dossier's unit was merged into (2025 reorganisation): its dossier is carried over or closed. */
  readonly successorUnits: readonly { readonly code: string; readonly name: string }[];
  /** What the coordination office does next on it, if anything (dispatch, consolidation, announcement). */
  readonly coordinatorTask: DossierSummaryRow['coordinatorTask'];
}

/** A linked dossier from its summary row: its status with the recognition and revocation decisions. */
export function toLinked(row: DossierSummaryRow): LinkedDossier {
  return {
    dossierId: row.dossierId,
    year: row.year,
    status: row.status,
    recognition: toListItem(row).recognition,
    revocation: row.revocation?.decision ?? null,
  };
}

export function toListItem(row: DossierSummaryRow): DossierListItem {
  const stage =
    row.stageTier !== null && row.stageStepIndex !== null && row.stageStep !== null && row.stagePhase !== null
      ? { tier: row.stageTier, stepIndex: row.stageStepIndex, step: row.stageStep, phase: row.stagePhase }
      : null;
  return {
    dossierId: row.dossierId,
    unit: { code: row.unitCode, kind: row.unitKind },
    province: row.province,
    level: row.level,
    year: row.year,
    status: row.status,
    round: row.round,
    criteria: { metCount: row.metCount, total: row.total, unmet: row.unmetIds },
    stage,
    survey:
      row.surveyRate !== null && row.surveyPassed !== null ? { rate: row.surveyRate, passed: row.surveyPassed } : null,
    recognition:
      row.decisionNumber !== null && row.decisionDate !== null
        ? { decisionNumber: row.decisionNumber, decisionDate: row.decisionDate }
        : null,
    version: row.lastVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Per criterion: the verdict the domain's summary gave, and the current step's review row; the
 * indicators whose threshold is unconfirmed in the catalogue version the dossier pinned.
 */
export function toDetail(
  row: DossierSummaryRow,
  reviews: readonly CriterionReviewRow[],
  history: DossierDetail['history'],
  facts: Pick<DossierDetail, 'unconfirmedThresholds' | 'successorUnits' | 'unitName'>,
): DossierDetail {
  const byCriterion = new Map(reviews.map((review) => [review.criterionId, review]));
  return {
    ...toListItem(row),
    catalogueVersion: row.catalogueVersion,
    criteriaSetId: row.criteriaSetId,
    regimeId: row.regimeId,
    comments: { total: row.commentsTotal, unanswered: row.commentsUnanswered },
    revocation: row.revocation,
    history,
    refusals: row.refusals,
    questioned: row.questioned,
    ...facts,
    coordinatorTask: row.coordinatorTask,
    criteriaStatus: row.criterionVerdicts.map(({ criterionId, verdict }) => {
      const review = byCriterion.get(criterionId);
      return {
        criterionId,
        verdict,
        review: review
          ? {
              department: review.department,
              dueDate: review.dueDate,
              status: review.status,
              overdue: review.overdue,
              reminderSent: review.reminderSent,
              supplementRequests: review.supplementRequests,
            }
          : null,
      };
    }),
  };
}
