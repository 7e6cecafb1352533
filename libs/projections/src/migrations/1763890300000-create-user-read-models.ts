import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users and their grants, built by the `users` projector from the `user-<id>` streams. */
export class CreateUserReadModels1763890300000 implements MigrationInterface {
  name = 'CreateUserReadModels1763890300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table read_models.users (
        user_id text primary key,
        name text not null,
        unit text not null,
        status text not null,
        version integer not null,
        registered_at timestamptz not null,
        updated_at timestamptz not null
      )`);
    await runner.query(`create index users_unit on read_models.users (unit)`);
    await runner.query(`
      create table read_models.user_grants (
        grant_id text primary key,
        user_id text not null,
        position integer not null,
        role text not null,
        unit text not null,
        department text
      )`);
    await runner.query(`create index user_grants_user_id on read_models.user_grants (user_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table read_models.user_grants`);
    await runner.query(`drop table read_models.users`);
  }
}
