import type { MigrationInterface, QueryRunner } from 'typeorm';

import { markForRebuild } from './1763891300000-summary-refusals';

/**
 * The approver's work queue filters the summaries on the domain's `approverTask`, which SQL cannot
 * compute from the stored JSON: the column is added and the summaries replayed from the event store.
 */
export class ApproverTask1763891700000 implements MigrationInterface {
  name = 'ApproverTask1763891700000';

  async up(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`alter table read_models.dossier_summaries add column approver_task text`);
    await runner.query(`create index dossier_summaries_approver_task on read_models.dossier_summaries
      (unit_code, approver_task) where approver_task is not null`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await markForRebuild(runner);
    await runner.query(`alter table read_models.dossier_summaries drop column approver_task`);
  }
}
