import type { MigrationInterface, QueryRunner } from 'typeorm';

const REBUILT = ['dossier_summaries', 'criterion_reviews'];

/**
 * The dossier summary gets the columns its queries read (verdicts per criterion, comments, the
 * revocation view, the re-recognition link, the measurement and the domain's work-queue rules) and
 * loses the folded aggregate, which moves to `dossier_states` where only the projector reads it.
 * The new columns come from the domain's summary, which SQL cannot compute from the stored JSON:
 * the two dossier projections are marked for rebuild (rows emptied, checkpoints back at the start)
 * and the worker's projection runner replays them from the event store on its next pass. Criterion
 * reviews are rebuilt too: their status now follows the domain's `evolveReview`, which sets an
 * appraisal aside when a supplement is requested where the old fold kept its verdict.
 */
export class SummaryColumns1763891200000 implements MigrationInterface {
  name = 'SummaryColumns1763891200000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`create table read_models.dossier_states (dossier_id text primary key, state jsonb not null)`);
    await runner.query(`alter table read_models.dossier_summaries
      drop column state,
      add column comments_total integer not null,
      add column criterion_verdicts jsonb not null,
      add column recognition_authority text,
      add column revocation jsonb,
      add column previous_dossier_id text,
      add column measurement jsonb,
      add column coordinator_task text,
      add column revocation_pending boolean not null`);
    await runner.query(`create index on read_models.dossier_summaries (previous_dossier_id)`);
    await runner.query(`create index on read_models.dossier_summaries (unit_code, coordinator_task)
      where coordinator_task is not null`);
    await runner.query(`create index on read_models.dossier_summaries (unit_code) where revocation_pending`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`drop table read_models.dossier_states`);
    await runner.query(`alter table read_models.dossier_summaries
      drop column comments_total,
      drop column criterion_verdicts,
      drop column recognition_authority,
      drop column revocation,
      drop column previous_dossier_id,
      drop column measurement,
      drop column coordinator_task,
      drop column revocation_pending,
      add column state jsonb not null`);
  }
}

/** What a rebuild does before its replay (ProjectionRunner.rebuild): the runner replays from the start. */
async function markForRebuild(runner: QueryRunner): Promise<void> {
  await runner.query(`truncate table read_models.dossier_summaries, read_models.criterion_reviews`);
  await runner.query(`delete from read_models.projection_checkpoints where name = any($1)`, [REBUILT]);
}
