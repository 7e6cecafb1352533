import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of every stream's head. Append-only like the events: a checkpoint that could
 * be edited or deleted would let a superuser remove the very record that exposes a re-chained stream.
 */
export class CreateCheckpoints1763891800000 implements MigrationInterface {
  name = 'CreateCheckpoints1763891800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table event_store.checkpoints (
        checkpoint_id bigint generated always as identity primary key,
        taken_at timestamptz not null,
        heads jsonb not null,
        signature text not null,
        public_key text not null
      )`);
    await runner.query(`
      create function event_store.refuse_checkpoint_change() returns trigger language plpgsql as $$
      begin
        raise exception 'event_store.checkpoints chỉ được ghi thêm (append-only): % bị từ chối', tg_op
          using errcode = 'ES001';
      end $$`);
    await runner.query(`
      create trigger checkpoints_append_only before update or delete or truncate on event_store.checkpoints
        for each statement execute function event_store.refuse_checkpoint_change()`);
    // ALWAYS: fires even under session_replication_role = replica, as for the events.
    await runner.query(`alter table event_store.checkpoints enable always trigger checkpoints_append_only`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table event_store.checkpoints`);
    await runner.query(`drop function event_store.refuse_checkpoint_change()`);
  }
}
