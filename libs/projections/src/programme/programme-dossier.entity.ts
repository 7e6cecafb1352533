import type { CriterionVerdict, DossierState } from '@ntm/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per dossier, what the province's programme dashboard counts (issue #22): its unit, level
 * and year, where it stands and since when, the criteria it meets, and its recognition and revocation.
 */
@Entity({ schema: 'read_models', name: 'programme_dossiers' })
export class ProgrammeDossierRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  /** As pinned at registration: a dossier filed in Bắc Kạn before 1/7/2025 keeps 06. */
  @Column('text')
  province!: string;

  @Column('text', { name: 'unit_code' })
  unitCode!: string;

  @Column('text', { name: 'unit_kind' })
  unitKind!: string;

  @Column('text')
  level!: string;

  @Column('integer')
  year!: number;

  @Column('text', { name: 'criteria_set_id' })
  criteriaSetId!: string;

  @Column('text')
  status!: string;

  @Column('text', { name: 'stage_tier', nullable: true })
  stageTier!: string | null;

  @Column('text', { name: 'stage_phase', nullable: true })
  stagePhase!: string | null;

  /** When the dossier entered its status and phase: the event's time, so a rebuild writes the same. */
  @Column('timestamptz', { name: 'stage_since' })
  stageSince!: Date;

  @Column('integer', { name: 'met_count' })
  metCount!: number;

  @Column('integer')
  total!: number;

  /** Per criterion: the latest appraisal of the round where there is one, else the self-assessment. */
  @Column('jsonb', { name: 'criterion_verdicts' })
  criterionVerdicts!: Readonly<Record<string, CriterionVerdict>>;

  /** The year the recognition decision recognises, once signed. */
  @Column('integer', { name: 'recognition_year', nullable: true })
  recognitionYear!: number | null;

  /** ISO date of the recognition decision. */
  @Column('text', { name: 'recognised_on', nullable: true })
  recognisedOn!: string | null;

  /** ISO date of the revocation decision. */
  @Column('text', { name: 'revoked_on', nullable: true })
  revokedOn!: string | null;

  /** The projector's own fold, continued batch after batch; no query reads it. */
  @Column('jsonb')
  state!: DossierState;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
