import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each criterion review names the department doing its assignment today (2025 mergers), so that
 * department's work queue finds criteria pinned to a retired department or district division.
 * The column comes from the domain's `bodyToday` over the dossier's pinned rules, which SQL cannot
 * compute: the criterion reviews are marked for rebuild (rows emptied, checkpoint back at the
 * start) and the worker's projection runner replays them from the event store on its next pass.
 */
export class ReviewRouting1763891450000 implements MigrationInterface {
  name = 'ReviewRouting1763891450000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`alter table read_models.criterion_reviews
      add column today_unit text, add column today_department text`);
    await runner.query(`create index on read_models.criterion_reviews (today_unit, today_department)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(
      `alter table read_models.criterion_reviews drop column today_unit, drop column today_department`,
    );
  }
}

async function markForRebuild(runner: QueryRunner): Promise<void> {
  await runner.query(`truncate table read_models.criterion_reviews`);
  await runner.query(`delete from read_models.projection_checkpoints where name = 'criterion_reviews'`);
}
