import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recognition decisions as anyone may verify them without logging in (issue #20). Created empty
 * with no checkpoint: the projection runner builds it from the first event on.
 */
export class CreatePublicDecisions1763891930000 implements MigrationInterface {
  name = 'CreatePublicDecisions1763891930000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table read_models.public_decisions (
      dossier_id text primary key,
      code text unique,
      province text not null,
      unit_code text not null,
      level text not null,
      year integer not null,
      status text,
      decision_number text,
      decision_date text,
      recognised_version integer,
      revocation_number text,
      revocation_date text,
      updated_at timestamptz not null
    )`);
    await runner.query(`create index public_decisions_province on read_models.public_decisions
      (province, decision_date desc) where status is not null`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.public_decisions`);
  }
}
