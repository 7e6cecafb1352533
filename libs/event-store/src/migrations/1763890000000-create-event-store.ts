import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APPEND_LOOKING_UP_IDS_FIRST } from './append-function';

/**
 * The system of record: one append-only table of events, the stream heads, and the append
 * function. The event hash is computed here, from the same canonical JSON text that is stored, so
 * an append is one round trip; `hash-chain.ts` recomputes it independently to verify.
 */
export class CreateEventStore1763890000000 implements MigrationInterface {
  name = 'CreateEventStore1763890000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create schema if not exists event_store`);
    await runner.query(EVENTS_TABLE);
    await runner.query(`create index events_commit_order_idx on event_store.events (transaction_id, global_position)`);
    await runner.query(STREAMS_TABLE);
    await runner.query(APPEND_ONLY_TRIGGER);
    // ALWAYS: the trigger fires even with session_replication_role = replica, a superuser's bypass.
    await runner.query(`
      create trigger events_append_only before update or delete or truncate on event_store.events
        for each statement execute function event_store.refuse_change()`);
    await runner.query(`alter table event_store.events enable always trigger events_append_only`);
    await runner.query(APPEND_LOOKING_UP_IDS_FIRST);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop schema event_store cascade`);
  }
}

const EVENTS_TABLE = `
  create table event_store.events (
    global_position bigint generated always as identity primary key,
    stream_id text not null,
    stream_version integer not null check (stream_version >= 1),
    event_id uuid not null constraint events_event_id_key unique,
    type text not null,
    schema_version integer not null check (schema_version >= 1),
    data jsonb not null,
    metadata jsonb not null,
    recorded_at timestamptz not null,
    transaction_id xid8 not null default pg_current_xact_id(),
    prev_hash text,
    hash text not null,
    constraint events_stream_version_key unique (stream_id, stream_version)
  )`;

const STREAMS_TABLE = `
  create table event_store.streams (
    stream_id text primary key,
    version integer not null,
    last_hash text not null,
    last_recorded_at timestamptz not null
  )`;

const APPEND_ONLY_TRIGGER = `
  create function event_store.refuse_change() returns trigger language plpgsql as $$
  begin
    raise exception 'event_store.events chỉ được ghi thêm (append-only): % bị từ chối', tg_op
      using errcode = 'ES001';
  end $$`;
