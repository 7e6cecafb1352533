import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}
