import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The groups the provincial coordinator assigned, one row per commune and catalogue version (seeded
 * groups stay in the data file and are not copied here): what a province-wide list reads.
 */
@Entity({ schema: 'read_models', name: 'commune_groups' })
export class CommuneGroupRecord {
  @PrimaryColumn('text', { name: 'unit_code' })
  unitCode!: string;

  @PrimaryColumn('text', { name: 'catalogue_version' })
  catalogueVersion!: string;

  @Column('integer')
  group!: number;

  @Column('text')
  reason!: string;

  /** Stream version of the assignment (the ETag of the commune's groups). */
  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'assigned_at' })
  assignedAt!: Date;
}
