import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { type NewEvent, PostgresEventStore } from '@ntm/event-store';
import { ProjectionRunner, streamActivityProjector } from '@ntm/projections';
import { dataSourceOptions } from '@ntm/runtime';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';

/**
 * The event store against plain INSERTs of the same rows, on one throwaway database: what the
 * append guarantees (concurrency check, idempotency, hash chain, commit-safe order) cost.
 */
const RUN_MS = 3000;
const REBUILD_EVENTS = 200_000;
const SEED_BATCH = 100;

async function main(): Promise<void> {
  await withBenchDatabase(20, async ({ url, pool }) => {
    await pool.query(`create schema bench`);
    await pool.query(`create table bench.plain_events (like event_store.events including all)`);
    const store = new PostgresEventStore(pool);
    const rows = await measureWrites(pool, store);
    const readFoldMs = await measureReadFold(store);
    const rebuild = await measureRebuild(url, pool, store);
    await store.drain();
    report('event-store', rows, summary(rows, readFoldMs, rebuild));
  });
}

interface Run {
  readonly operations: number;
  readonly seconds: number;
  readonly latenciesMs: number[];
}

/** `writers` loops calling `once` until the time is up; every call's latency is kept. */
async function runWriters(writers: number, once: (writer: number) => Promise<void>): Promise<Run> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = started + RUN_MS;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      while (performance.now() < deadline) {
        const begun = performance.now();
        await once(writer);
        latenciesMs.push(performance.now() - begun);
      }
    }),
  );
  return { operations: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs };
}

function events(count: number): NewEvent[] {
  return Array.from({ length: count }, () => ({
    eventId: randomUUID(),
    type: 'CriterionAppraised',
    data: { criterionId: '17', department: 'so-tai-nguyen', verdict: 'met', indicators: [{ id: '17.1', value: 98.5 }] },
    metadata: { actor: 'u-123', role: 'department-officer', unit: 'VN-HN', commandId: randomUUID() },
  }));
}

/** The same rows, one autocommit statement per batch, no checks: the floor an append is compared to. */
async function plainInsert(pool: Pool, stream: string, version: number, batch: readonly NewEvent[]): Promise<void> {
  await pool.query(
    `insert into bench.plain_events
       (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, prev_hash, hash)
     select $1, $2 + ord::integer, id, type, 1, data::jsonb, metadata::jsonb, now(), null, 'plain'
     from unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) with ordinality as t(id, type, data, metadata, ord)`,
    [
      stream,
      version,
      batch.map((event) => event.eventId),
      batch.map((event) => event.type),
      batch.map((event) => JSON.stringify(event.data)),
      batch.map((event) => JSON.stringify(event.metadata)),
    ],
  );
}

async function measureWrites(pool: Pool, store: PostgresEventStore): Promise<Figures[]> {
  const rows: Figures[] = [];
  for (const perAppend of [1, 10]) {
    for (const writers of [1, 16]) {
      const label = `${perAppend}x${writers}-${randomUUID().slice(0, 8)}`;
      const versions = new Array<number>(writers).fill(0);
      const plain = await runWriters(writers, async (writer) => {
        await plainInsert(pool, `plain-${label}-${writer}`, versions[writer], events(perAppend));
        versions[writer] += perAppend;
      });
      versions.fill(0);
      const appended = await runWriters(writers, async (writer) => {
        const result = await store.append(`store-${label}-${writer}`, versions[writer], events(perAppend));
        versions[writer] = result.nextExpectedVersion;
      });
      rows.push(writeRow(perAppend, writers, plain, appended));
      console.error(`  ${perAppend} event(s) x ${writers} writer(s) done`);
    }
  }
  return rows;
}

function writeRow(perAppend: number, writers: number, plain: Run, appended: Run): Figures {
  const plainRate = plain.operations / plain.seconds;
  const appendRate = appended.operations / appended.seconds;
  return {
    events_per_append: perAppend,
    writers,
    insert_per_s: Math.round(plainRate),
    append_per_s: Math.round(appendRate),
    append_events_per_s: Math.round(appendRate * perAppend),
    ratio_vs_insert: round(appendRate / plainRate),
    append_p50_ms: round(percentile(appended.latenciesMs, 0.5)),
    append_p99_ms: round(percentile(appended.latenciesMs, 0.99)),
    insert_p50_ms: round(percentile(plain.latenciesMs, 0.5)),
    insert_p99_ms: round(percentile(plain.latenciesMs, 0.99)),
  };
}

/** Median of 20 warm reads of a 1,000-event stream folded into per-type counts. */
async function measureReadFold(store: PostgresEventStore): Promise<number> {
  const stream = `fold-${randomUUID()}`;
  for (let version = 0; version < 1000; version += SEED_BATCH) await store.append(stream, version, events(SEED_BATCH));
  const countByType = {
    initialState: () => new Map<string, number>(),
    evolve: (counts: Map<string, number>, event: { type: string }) =>
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1),
  };
  const timings: number[] = [];
  for (let i = 0; i < 25; i++) {
    const started = performance.now();
    const { version } = await store.aggregateStream(stream, countByType);
    if (version !== 1000) throw new Error(`folded ${version} events, expected 1000`);
    if (i >= 5) timings.push(performance.now() - started);
  }
  return round(percentile(timings, 0.5));
}

/** Tops the log up to REBUILD_EVENTS through the real append path, then rebuilds stream_activity. */
async function measureRebuild(url: string, pool: Pool, store: PostgresEventStore) {
  const { rows } = await pool.query<{ count: number }>(`select count(*)::integer as count from event_store.events`);
  const seedStarted = performance.now();
  const appends = Math.ceil(Math.max(0, REBUILD_EVENTS - rows[0].count) / SEED_BATCH);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < appends; i = next++) await store.append(`seed-${i % 2000}`, 'any', events(SEED_BATCH));
    }),
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const runner = new ProjectionRunner(dataSource, store, [streamActivityProjector]);
    const started = performance.now();
    let total = await runner.rebuild(streamActivityProjector.name);
    // A transaction anywhere on the server holds the high-water mark back: read on until nothing is behind.
    while ((await runner.lag())[0].eventsBehind > 0) {
      total += await runner.catchUp(streamActivityProjector.name);
      await new Promise((done) => setTimeout(done, 10));
    }
    const seconds = (performance.now() - started) / 1000;
    return { total, seconds, seedEventsPerS: Math.round((appends * SEED_BATCH) / seedSeconds) };
  } finally {
    await dataSource.destroy();
  }
}

function summary(rows: Figures[], readFoldMs: number, rebuild: Awaited<ReturnType<typeof measureRebuild>>): Figures {
  const row = (perAppend: number, writers: number) =>
    rows.find((entry) => entry.events_per_append === perAppend && entry.writers === writers) ?? {};
  return {
    ratio_vs_insert_16_writers: row(1, 16).ratio_vs_insert,
    ratio_vs_insert_16_writers_10_events: row(10, 16).ratio_vs_insert,
    ratio_vs_insert_1_writer: row(1, 1).ratio_vs_insert,
    append_p50_ms_16_writers: row(1, 16).append_p50_ms,
    append_p99_ms_16_writers: row(1, 16).append_p99_ms,
    read_fold_1000_events_ms: readFoldMs,
    rebuild_events: rebuild.total,
    rebuild_s: round(rebuild.seconds),
    rebuild_events_per_s: Math.round(rebuild.total / rebuild.seconds),
    seed_append_events_per_s_8_writers_100_per_append: rebuild.seedEventsPerS,
    run_s_per_measure: RUN_MS / 1000,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(value: unknown): number {
  return Math.round(Number(value) * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
