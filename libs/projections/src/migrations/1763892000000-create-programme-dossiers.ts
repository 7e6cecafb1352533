import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme dashboard's dossiers (issue #22). Created empty with no checkpoint: the projection
 * runner builds it from the first event on, the dossiers already filed included.
 */
export class CreateProgrammeDossiers1763892000000 implements MigrationInterface {
  name = 'CreateProgrammeDossiers1763892000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.programme_dossiers (
      dossier_id text primary key,
      province text not null,
      unit_code text not null,
      unit_kind text not null,
      level text not null,
      year integer not null,
      criteria_set_id text not null,
      status text not null,
      stage_tier text,
      stage_phase text,
      stage_since timestamptz not null,
      met_count integer not null,
      total integer not null,
      criterion_verdicts jsonb not null,
      recognition_year integer,
      recognised_on text,
      revoked_on text,
      state jsonb not null,
      updated_at timestamptz not null
    )`);
    // The dashboard's queries filter on the caller's units, then group.
    await runner.query(`create index programme_dossiers_unit on read_models.programme_dossiers (unit_code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.programme_dossiers`);
  }
}
