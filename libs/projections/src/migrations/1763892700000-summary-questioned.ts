import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier summary names the criteria a round carried over from a refusal must correct. No
 * summary needs a replay: no stored resubmission carried a round over before this release, so
 * every existing row's list is empty.
 */
export class SummaryQuestioned1763892700000 implements MigrationInterface {
  name = 'SummaryQuestioned1763892700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `alter table read_models.dossier_summaries add column questioned jsonb not null default '[]'::jsonb`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.dossier_summaries drop column questioned`);
  }
}
