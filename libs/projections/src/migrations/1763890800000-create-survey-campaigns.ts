import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The survey campaigns of each dossier (MTTQ satisfaction survey, #8). */
export class CreateSurveyCampaigns1763890800000 implements MigrationInterface {
  name = 'CreateSurveyCampaigns1763890800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.survey_campaigns (
      campaign_id text primary key,
      dossier_id text not null,
      unit_code text not null,
      round integer not null,
      status text not null,
      method text not null,
      opens_on text not null,
      closes_on text not null,
      threshold double precision not null,
      respondents integer not null,
      rate double precision,
      passed boolean,
      opened_at timestamptz not null
    )`);
    await runner.query(`create index survey_campaigns_dossier on read_models.survey_campaigns (dossier_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.survey_campaigns`);
  }
}
