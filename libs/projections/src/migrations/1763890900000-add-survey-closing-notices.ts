import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The campaign list shows the child workflow's reminder and a passed closing date. */
export class AddSurveyClosingNotices1763890900000 implements MigrationInterface {
  name = 'AddSurveyClosingNotices1763890900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table read_models.survey_campaigns
      add column closing_reminded boolean not null default false,
      add column closing_date_passed boolean not null default false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `alter table read_models.survey_campaigns drop column closing_reminded, drop column closing_date_passed`,
    );
  }
}
