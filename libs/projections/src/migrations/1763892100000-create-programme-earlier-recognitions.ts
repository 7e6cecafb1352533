import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme dashboard's recognitions recorded from paper (issue #22). The dashboard's projector
 * now reads their events too: its checkpoint is dropped so it rebuilds from zero with them.
 */
export class CreateProgrammeEarlierRecognitions1763892100000 implements MigrationInterface {
  name = 'CreateProgrammeEarlierRecognitions1763892100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.programme_earlier_recognitions (
      unit_code text not null,
      level text not null,
      year integer not null,
      decision_number text not null,
      decision_date text not null,
      revoked_on text,
      updated_at timestamptz not null,
      primary key (unit_code, level, year)
    )`);
    await runner.query(`delete from read_models.programme_dossiers`);
    await runner.query(`delete from read_models.projection_checkpoints where name = 'programme_dashboard'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.programme_earlier_recognitions`);
  }
}
