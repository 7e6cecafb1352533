import type { MigrationInterface, QueryRunner } from 'typeorm';

import { markForRebuild } from './1763891300000-summary-refusals';

/**
 * A revoked recognition counts the criteria the revocation stood on as unmet (the domain's summary),
 * where the rows kept its last appraisal: the summaries and the programme dashboard's dossiers are
 * replayed from the event store, so the dashboard no longer counts a revoked commune as meeting them.
 */
export class RevokedCriteriaUnmet1763892800000 implements MigrationInterface {
  name = 'RevokedCriteriaUnmet1763892800000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`delete from read_models.programme_dossiers`);
    await runner.query(`delete from read_models.projection_checkpoints where name = 'programme_dashboard'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await this.up(runner);
  }
}
