import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whether a recognition stands; null while the dossier has no recognition decision. */
type PublicDecisionStatus = 'valid' | 'revoked';

/**
 * A recognition decision as anyone may verify it (issue #20): the unit, the decision, whether it
 * was revoked and by which decision. Nothing about people: no actor, signer or comment.
 */
@Entity({ schema: 'read_models', name: 'public_decisions' })
export class PublicDecisionRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  /** Printed on the decision as a QR code; set when the recognition is signed. */
  @Column('text', { nullable: true })
  code!: string | null;

  @Column('text')
  province!: string;

  @Column('text', { name: 'unit_code' })
  unitCode!: string;

  @Column('text')
  level!: string;

  @Column('integer')
  year!: number;

  @Column('text', { nullable: true })
  status!: PublicDecisionStatus | null;

  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber!: string | null;

  /** ISO date of signature. */
  @Column('text', { name: 'decision_date', nullable: true })
  decisionDate!: string | null;

  /** The stream version of the recognition: a checkpoint at or past it covers the decision. */
  @Column('integer', { name: 'recognised_version', nullable: true })
  recognisedVersion!: number | null;

  @Column('text', { name: 'revocation_number', nullable: true })
  revocationNumber!: string | null;

  @Column('text', { name: 'revocation_date', nullable: true })
  revocationDate!: string | null;

  /** The last decision's time: the pages' Last-Modified. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
