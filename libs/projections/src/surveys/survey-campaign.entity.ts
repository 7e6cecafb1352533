import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The survey campaigns of each dossier, for the officers' list (tallies are folded from the stream). */
@Entity({ schema: 'read_models', name: 'survey_campaigns' })
@Index(['dossierId'])
export class SurveyCampaignRow {
  @PrimaryColumn('text', { name: 'campaign_id' })
  campaignId!: string;

  @Column('text', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'unit_code' })
  unitCode!: string;

  @Column('integer')
  round!: number;

  @Column('text')
  status!: 'open' | 'closed' | 'certified';

  @Column('text')
  method!: string;

  @Column('text', { name: 'opens_on' })
  opensOn!: string;

  @Column('text', { name: 'closes_on' })
  closesOn!: string;

  @Column('double precision')
  threshold!: number;

  /** Households answered so far (a correction replaces, it does not add). */
  @Column('integer')
  respondents!: number;

  @Column('double precision', { nullable: true })
  rate!: number | null;

  @Column('boolean', { nullable: true })
  passed!: boolean | null;

  /** The child workflow reminded the officers that the last working day approaches. */
  @Column('boolean', { name: 'closing_reminded' })
  closingReminded!: boolean;

  /** The last working day passed while the campaign was still open. */
  @Column('boolean', { name: 'closing_date_passed' })
  closingDatePassed!: boolean;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;
}
