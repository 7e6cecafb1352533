import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Commune groups assigned by provincial coordinators, built by the `commune_groups` projector. */
export class CreateCommuneGroups1763890450000 implements MigrationInterface {
  name = 'CreateCommuneGroups1763890450000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table read_models.commune_groups (
        unit_code text not null,
        catalogue_version text not null,
        "group" integer not null,
        reason text not null,
        version integer not null,
        assigned_at timestamptz not null,
        primary key (unit_code, catalogue_version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.commune_groups`);
  }
}
