import type {
  ApproverTask,
  CoordinatorTask,
  CriterionVerdict,
  DossierSummary,
  MeasuredValues,
  RevocationView,
  Variant,
} from '@ntm/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per dossier: its summary as the domain's `dossierSummary` computes it, for lists and detail.
 * Every column is bounded by the criteria set, never by the dossier's history.
 */
@Entity({ schema: 'read_models', name: 'dossier_summaries' })
export class DossierSummaryRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'unit_code' })
  unitCode!: string;

  @Column('text', { name: 'unit_kind' })
  unitKind!: string;

  @Column('text')
  province!: string;

  @Column('text')
  level!: string;

  @Column('integer')
  year!: number;

  @Column('text')
  status!: string;

  @Column('integer')
  round!: number;

  @Column('text', { name: 'catalogue_version' })
  catalogueVersion!: string;

  @Column('text', { name: 'criteria_set_id' })
  criteriaSetId!: string;

  @Column('text', { name: 'regime_id' })
  regimeId!: string;

  @Column('integer', { name: 'met_count' })
  metCount!: number;

  @Column('integer')
  total!: number;

  @Column('jsonb', { name: 'unmet_ids' })
  unmetIds!: string[];

  @Column('text', { name: 'stage_tier', nullable: true })
  stageTier!: string | null;

  @Column('integer', { name: 'stage_step_index', nullable: true })
  stageStepIndex!: number | null;

  @Column('text', { name: 'stage_step', nullable: true })
  stageStep!: string | null;

  @Column('text', { name: 'stage_phase', nullable: true })
  stagePhase!: string | null;

  @Column('integer', { name: 'pending_appraisals' })
  pendingAppraisals!: number;

  @Column('integer', { name: 'comments_unanswered' })
  commentsUnanswered!: number;

  @Column('double precision', { name: 'survey_rate', nullable: true })
  surveyRate!: number | null;

  @Column('boolean', { name: 'survey_passed', nullable: true })
  surveyPassed!: boolean | null;

  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber!: string | null;

  @Column('text', { name: 'decision_date', nullable: true })
  decisionDate!: string | null;

  @Column('integer', { name: 'last_version' })
  lastVersion!: number;

  /** Time of the last event applied (not of the projection), so a rebuild writes the same value. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('integer', { name: 'comments_total' })
  commentsTotal!: number;

  /** Per criterion of the set, in its order: the current step's appraisal, else the self-assessment. */
  @Column('jsonb', { name: 'criterion_verdicts' })
  criterionVerdicts!: { readonly criterionId: string; readonly verdict: CriterionVerdict }[];

  @Column('text', { name: 'recognition_authority', nullable: true })
  recognitionAuthority!: string | null;

  @Column('jsonb', { nullable: true })
  revocation!: RevocationView | null;

  @Column('text', { name: 'previous_dossier_id', nullable: true })
  previousDossierId!: string | null;

  /** The measured values in force and their thresholds' variant, once self-assessed (criteria comparison). */
  @Column('jsonb', { nullable: true })
  measurement!: { readonly variant: Variant; readonly values: MeasuredValues } | null;

  /** The domain's `coordinatorTask`: the coordinator's work queue filters on it. */
  @Column('text', { name: 'coordinator_task', nullable: true })
  coordinatorTask!: CoordinatorTask | null;

  /** The domain's `revocationPending`: the coordinator's revocation queue filters on it. */
  @Column('boolean', { name: 'revocation_pending' })
  revocationPending!: boolean;

  /** The domain's `approverTask`: the approver's work queue filters on it. */
  @Column('text', { name: 'approver_task', nullable: true })
  approverTask!: ApproverTask | null;

  /** Each refusal with its reasons per criterion, shown to the commune. */
  @Column('jsonb')
  refusals!: DossierSummary['refusals'];

  /** A round carried over from a refusal: the criteria questioned, the only ones the commune corrects. */
  @Column('jsonb')
  questioned!: DossierSummary['questioned'];
}
