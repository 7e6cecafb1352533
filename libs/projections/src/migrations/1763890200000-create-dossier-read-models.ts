import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dossier read models: summaries, criterion reviews (work queues) and the council agenda. */
export class CreateDossierReadModels1763890200000 implements MigrationInterface {
  name = 'CreateDossierReadModels1763890200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table read_models.dossier_summaries (
        dossier_id text primary key,
        unit_code text not null,
        unit_kind text not null,
        province text not null,
        level text not null,
        year integer not null,
        status text not null,
        round integer not null,
        catalogue_version text not null,
        criteria_set_id text not null,
        regime_id text not null,
        met_count integer not null,
        total integer not null,
        unmet_ids jsonb not null,
        stage_tier text,
        stage_step_index integer,
        stage_step text,
        stage_phase text,
        pending_appraisals integer not null,
        comments_unanswered integer not null,
        survey_rate double precision,
        survey_passed boolean,
        decision_number text,
        decision_date text,
        last_version integer not null,
        updated_at timestamptz not null,
        state jsonb not null
      )`);
    await runner.query(`create index on read_models.dossier_summaries (unit_code)`);
    await runner.query(`
      create table read_models.criterion_reviews (
        dossier_id text not null,
        round integer not null,
        step_index integer not null,
        criterion_id text not null,
        tier text not null,
        department text not null,
        due_date text not null,
        status text not null,
        verdict text,
        supplement_requests integer not null,
        overdue boolean not null,
        reminder_sent boolean not null,
        updated_at timestamptz not null,
        primary key (dossier_id, round, step_index, criterion_id)
      )`);
    await runner.query(`create index on read_models.criterion_reviews (department, due_date)`);
    await runner.query(`
      create table read_models.council_agenda (
        dossier_id text primary key,
        round integer not null,
        step_index integer not null,
        tier text not null,
        session integer not null,
        members jsonb not null,
        votes_count integer not null,
        opened_at timestamptz not null
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `drop table read_models.council_agenda, read_models.criterion_reviews, read_models.dossier_summaries`,
    );
  }
}
