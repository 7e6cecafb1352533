import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operational tables that are not part of the dossier record (diagnostics round trips). */
export class CreateOpsSchema1763880000000 implements MigrationInterface {
  name = 'CreateOpsSchema1763880000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create schema if not exists ops`);
    await runner.query(`
      create table ops.round_trips (
        id uuid primary key,
        requested_by text not null,
        workflow_id text not null,
        recorded_at timestamptz not null default now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop schema ops cascade`);
  }
}
