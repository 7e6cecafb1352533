import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CouncilAgendaSubject = 'recognition' | 'revocation';

/**
 * Dossiers whose council is open. Only how many members voted: the ballot is secret, so how each
 * member voted is never projected.
 */
@Entity({ schema: 'read_models', name: 'council_agenda' })
export class CouncilAgendaRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  @Column('integer')
  round!: number;

  @Column('integer', { name: 'step_index' })
  stepIndex!: number;

  @Column('text')
  tier!: string;

  @Column('integer')
  session!: number;

  @Column('jsonb')
  members!: string[];

  @Column('integer', { name: 'votes_count' })
  votesCount!: number;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  /** What the council votes on: the review step's recognition, or a revocation proposal. */
  @Column('text')
  subject!: CouncilAgendaSubject;

  /** Set when the quorum deadline passed without quorum: the last working day it was due. */
  @Column('text', { name: 'quorum_due_date', nullable: true })
  quorumDueDate!: string | null;

  @Column('boolean', { name: 'quorum_overdue' })
  quorumOverdue!: boolean;
}
