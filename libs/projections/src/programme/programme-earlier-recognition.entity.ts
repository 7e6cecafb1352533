import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A recognition decided on paper before the system, as the province's coordinator recorded it
 * (stream `earlier-recognitions-<unit>`): the plans' targets count units holding a recognition,
 * whichever way it was decided.
 */
@Entity({ schema: 'read_models', name: 'programme_earlier_recognitions' })
export class ProgrammeEarlierRecognitionRow {
  @PrimaryColumn('text', { name: 'unit_code' })
  unitCode!: string;

  @PrimaryColumn('text')
  level!: string;

  @PrimaryColumn('integer')
  year!: number;

  @Column('text', { name: 'decision_number' })
  decisionNumber!: string;

  /** ISO date of the recognition decision. */
  @Column('text', { name: 'decision_date' })
  decisionDate!: string;

  /** ISO date of the revocation decision, once recorded. */
  @Column('text', { name: 'revoked_on', nullable: true })
  revokedOn!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
