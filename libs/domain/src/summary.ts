import { approverTask, type ApproverTask } from './approver-desk';
import type { RefusalReason, UnitRef } from './commands';
import { metLabelVi, summariseVerdicts, type CriterionVerdict, type MeasuredValues } from './evaluation';
import { awaitsAppraisal } from './review';
import { revocationView, type RevocationView } from './revocation-view';
import type { Level, Tier, Variant } from './rules';
import {
  currentCouncil,
  currentStep,
  type CriterionReviewStatus,
  type DossierState,
  type DossierStatus,
  type FiledDossier,
  measuredValues,
  type ReviewStep,
  type RevocationProposal,
} from './state';
import { coordinatorTask, type CoordinatorTask, revocationPending } from './work-queues';

export type StagePhase = 'awaiting-assignment' | 'appraising' | 'consolidated' | 'council-open' | 'council-concluded';

export interface PendingAppraisal {
  readonly criterionId: string;
  readonly department: string;
  readonly dueDate: string;
  readonly status: Exclude<CriterionReviewStatus, 'appraised'>;
  /** Only when `asOf` is given: the due date has passed. */
  readonly overdue?: boolean;
}

/** A date-only due date runs to the end of that day in Vietnam (UTC+7); a full instant is taken as is. */
export function isOverdue(dueDate: string, asOf: string): boolean {
  const end = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? Date.parse(`${dueDate}T23:59:59.999+07:00`) : Date.parse(dueDate);
  return Date.parse(asOf) > end;
}

export interface DossierSummary {
  readonly dossierId: string;
  readonly status: DossierStatus;
  readonly round: number;
  readonly unit: UnitRef;
  readonly province: string;
  readonly level: Level;
  readonly year: number;
  readonly catalogueVersion: string;
  readonly criteriaSetId: string;
  readonly regimeId: string;
  /** Per criterion, the latest appraisal of this round where there is one, else the self-assessment. */
  readonly criteria: {
    readonly metCount: number;
    readonly total: number;
    /** "đạt x/N tiêu chí" */
    readonly labelVi: string;
    readonly unmet: readonly string[];
    readonly awaitingJudgement: readonly string[];
    readonly verdicts: Readonly<Record<string, CriterionVerdict>>;
  };
  readonly stage: {
    readonly stepIndex: number;
    readonly tier: Tier;
    readonly step: 'verification' | 'appraisal';
    readonly council: boolean;
    readonly phase: StagePhase;
  } | null;
  readonly pendingAppraisals: readonly PendingAppraisal[];
  readonly survey: {
    readonly attempt: number;
    readonly rate: number;
    readonly threshold: number;
    readonly passed: boolean;
  } | null;
  readonly comments: { readonly total: number; readonly unanswered: number };
  readonly recognition: {
    readonly decisionNumber: string;
    readonly decisionDate: string;
    readonly authority: string;
  } | null;
  readonly revocation: RevocationView | null;
  /** Re-recognition: the earlier, revoked dossier of the same unit. */
  readonly previousDossierId: string | null;
  /** Once self-assessed: the measured values in force and the variant of the thresholds they meet. */
  readonly measurement: { readonly variant: Variant; readonly values: MeasuredValues } | null;
  /** The coordinator's work queue: the step's criteria to dispatch, or to consolidate. */
  readonly coordinatorTask: CoordinatorTask | null;
  /** The coordinator's revocation queue: a case, a proposal, or a revocation to announce. */
  readonly revocationPending: boolean;
  /** The approver's queue: a recognition to sign, a dossier to refuse, a revocation to decide. */
  readonly approverTask: ApproverTask | null;
  /** Each refusal, with its reasons per criterion: what the commune must put right before resubmitting. */
  readonly refusals: readonly { readonly round: number; readonly reasons: readonly RefusalReason[] }[];
  /** A round carried over from a refusal: the criteria the commune corrects (empty otherwise). */
  readonly questioned: readonly string[];
}

function phaseOf(step: ReviewStep): StagePhase {
  if (!step.reviews) return 'awaiting-assignment';
  if (!step.completion) return 'appraising';
  const council = currentCouncil(step);
  if (!council) return 'consolidated';
  return council.outcome ? 'council-concluded' : 'council-open';
}

/**
 * Per criterion, the latest judgement: the appraisal, else the self-assessment; once the recognition
 * is revoked, the criteria the decision stood on (the verification's confirmed ones, else the
 * proposal's) are unmet, so a revoked commune no longer counts as meeting them.
 */
function criterionVerdicts(state: FiledDossier): Record<string, CriterionVerdict> {
  const reviews = currentStep(state.round)?.reviews ?? {};
  const selfAssessed = state.round.selfAssessment?.criteria ?? {};
  const revokedOn = new Set(state.status === 'revoked' ? revocationGrounds(state.revocation) : []);
  return Object.fromEntries(
    state.dossier.rules.criteriaSet.criteria.map((c) => [
      c.id,
      revokedOn.has(c.id) ? 'not-met' : (reviews[c.id]?.verdict ?? selfAssessed[c.id] ?? 'missing'),
    ]),
  );
}

const revocationGrounds = (revocation: RevocationProposal): readonly string[] =>
  revocation.verification?.confirmedUnmet ?? revocation.unmetCriterionIds;

/** The read-side view of one dossier; `undefined` before registration. Pure: pass `asOf` (ISO) to flag overdue appraisals. */
export function dossierSummary(state: DossierState, asOf?: string): DossierSummary | undefined {
  if (state.status === 'unregistered') return undefined;
  const { dossier, round } = state;
  const verdicts = criterionVerdicts(state);
  const evaluated = summariseVerdicts(
    Object.entries(verdicts).map(([criterionId, verdict]) => ({ criterionId, verdict, indicators: [] })),
  );
  const step = currentStep(round);
  const pendingAppraisals = Object.values(step?.completion ? {} : (step?.reviews ?? {}))
    .filter(awaitsAppraisal)
    .map((r) => ({
      criterionId: r.criterionId,
      department: r.department,
      dueDate: r.dueDate,
      status: r.status as PendingAppraisal['status'],
      ...(asOf ? { overdue: isOverdue(r.dueDate, asOf) } : {}),
    }));
  const recognition = 'recognition' in state ? state.recognition : undefined;
  return {
    dossierId: dossier.dossierId,
    status: state.status,
    round: round.number,
    unit: dossier.unit,
    province: dossier.province,
    level: dossier.level,
    year: dossier.year,
    catalogueVersion: dossier.rules.catalogueVersion,
    criteriaSetId: dossier.rules.criteriaSet.id,
    regimeId: dossier.rules.regime.id,
    criteria: {
      metCount: evaluated.metCount,
      total: evaluated.total,
      labelVi: metLabelVi(evaluated.metCount, evaluated.total),
      unmet: evaluated.unmet,
      awaitingJudgement: evaluated.awaitingJudgement,
      verdicts,
    },
    stage: step
      ? { stepIndex: step.stepIndex, tier: step.tier, step: step.step, council: step.council, phase: phaseOf(step) }
      : null,
    pendingAppraisals,
    survey: round.survey
      ? {
          attempt: round.survey.attempt,
          rate: round.survey.rate,
          threshold: round.survey.threshold,
          passed: round.survey.passed,
        }
      : null,
    comments: { total: round.comments.length, unanswered: round.comments.filter((c) => c.answer === undefined).length },
    recognition: recognition
      ? {
          decisionNumber: recognition.decisionNumber,
          decisionDate: recognition.decisionDate,
          authority: recognition.authority,
        }
      : null,
    revocation: revocationView(state),
    previousDossierId: dossier.previousDossierId ?? null,
    measurement: round.selfAssessment ? { variant: dossier.rules.variant, values: measuredValues(round) } : null,
    coordinatorTask: coordinatorTask(state),
    revocationPending: revocationPending(state),
    approverTask: approverTask(state),
    refusals: dossier.refusals,
    questioned: round.questioned ?? [],
  };
}
