import type { AppraisalVerdict, CriterionReviewStatus } from '@ntm/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per dossier × round × review step × criterion: who appraises it, by when, and how far it is. */
@Entity({ schema: 'read_models', name: 'criterion_reviews' })
export class CriterionReviewRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  @PrimaryColumn('integer')
  round!: number;

  @PrimaryColumn('integer', { name: 'step_index' })
  stepIndex!: number;

  @PrimaryColumn('text', { name: 'criterion_id' })
  criterionId!: string;

  @Column('text')
  tier!: string;

  @Column('text')
  department!: string;

  /**
   * The department that does the assignment today (`bodyToday`): the pinned one, or where it was
   * retired in 2025 its successor in the province in force, so that body's work queue finds it.
   */
  @Column('text', { name: 'today_unit', nullable: true })
  todayUnit!: string | null;

  @Column('text', { name: 'today_department', nullable: true })
  todayDepartment!: string | null;

  /** As the command gave it: an ISO date (end of that day in Vietnam) or instant. */
  @Column('text', { name: 'due_date' })
  dueDate!: string;

  @Column('text')
  status!: CriterionReviewStatus;

  @Column('text', { nullable: true })
  verdict!: AppraisalVerdict | null;

  @Column('integer', { name: 'supplement_requests' })
  supplementRequests!: number;

  @Column('boolean')
  overdue!: boolean;

  @Column('boolean', { name: 'reminder_sent' })
  reminderSent!: boolean;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
