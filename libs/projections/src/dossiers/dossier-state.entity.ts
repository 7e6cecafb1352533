import type { DossierState } from '@ntm/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The folded aggregate of each dossier, where the summary projector continues its fold from batch
 * to batch. It grows with the dossier's history, so no query reads it: they read the summary's columns.
 */
@Entity({ schema: 'read_models', name: 'dossier_states' })
export class DossierStateRow {
  @PrimaryColumn('text', { name: 'dossier_id' })
  dossierId!: string;

  @Column('jsonb')
  state!: DossierState;
}
