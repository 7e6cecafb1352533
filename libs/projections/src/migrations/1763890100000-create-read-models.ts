import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models live apart from the record: any table here can be dropped and rebuilt from events. */
export class CreateReadModels1763890100000 implements MigrationInterface {
  name = 'CreateReadModels1763890100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create schema if not exists read_models`);
    await runner.query(`
      create table read_models.projection_checkpoints (
        name text primary key,
        transaction_id xid8 not null,
        global_position bigint not null,
        updated_at timestamptz not null
      )`);
    await runner.query(`
      create table read_models.stream_activity (
        stream_id text primary key,
        event_count integer not null,
        first_recorded_at timestamptz not null,
        last_version integer not null,
        last_event_type text not null,
        last_recorded_at timestamptz not null
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop schema read_models cascade`);
  }
}
