import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier summary keeps each refusal with its reasons per criterion, so the commune sees what
 * to put right (only the auditor's timeline showed them). The column comes from the domain's
 * summary: the summaries are marked for rebuild (rows emptied, checkpoint back at the start) and
 * the worker's projection runner replays them from the event store on its next pass.
 */
export class SummaryRefusals1763891300000 implements MigrationInterface {
  name = 'SummaryRefusals1763891300000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`alter table read_models.dossier_summaries add column refusals jsonb not null`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`alter table read_models.dossier_summaries drop column refusals`);
  }
}

/** The dossier summaries are rebuilt from the event store on the projection runner's next pass. */
export async function markForRebuild(runner: QueryRunner): Promise<void> {
  // The projector owns the folded states it keeps beside the rows: a replay starts from none.
  await runner.query(`truncate table read_models.dossier_summaries, read_models.dossier_states`);
  await runner.query(`delete from read_models.projection_checkpoints where name = 'dossier_summaries'`);
}
