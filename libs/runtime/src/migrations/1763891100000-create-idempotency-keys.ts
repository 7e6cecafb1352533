import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which request each Idempotency-Key was first used for: a key reused for another request is refused. */
export class CreateIdempotencyKeys1763891100000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1763891100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table ops.idempotency_keys (
        command_id uuid primary key,
        route text not null,
        fingerprint text not null,
        recorded_at timestamptz not null default now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table ops.idempotency_keys`);
  }
}
