import { randomBytes } from 'node:crypto';

import { loadTestSettings } from '@ntm/config';
import {
  createDatabaseIfMissing,
  createPool,
  dataSourceOptions,
  type Migration,
  migrate,
  migrations,
} from '@ntm/runtime';
import { Client, type Pool } from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  /** A `pg` pool on this database, ended by `drop`. */
  openPool(max?: number): Pool;
  /**
   * Adds what the migrations after `stopBefore` add, as a deploy does before today's worker runs: a
   * migration's spec catches up with today's projectors, which write every later column.
   */
  applyLaterMigrations(): Promise<void>;
  /** Undoes `applyLaterMigrations`, latest first, so the spec can then undo its own migration. */
  undoLaterMigrations(): Promise<void>;
  drop(): Promise<void>;
}

/** `drop ... with (force)` ends connections a pool has released but not yet closed; only that is expected. */
function failUnlessDropped(error: Error & { code?: string }): void {
  if (error.code !== '57P01') throw error;
}

export interface TestDatabaseOptions {
  /**
   * Leave this migration and the later ones out; `dataSource` lists it last, so its spec writes rows
   * as they were before it, then runs it (`runMigrations`) and undoes it (`undoLastMigration`).
   */
  readonly stopBefore?: Migration;
}

/** A fresh, migrated database per test file, so files run in parallel without sharing rows. */
export async function createTestDatabase({ stopBefore }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = loadTestSettings().NTM_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('NTM_TEST_ADMIN_URL chưa đặt: chạy qua Jest (globalSetup) hoặc đặt DATABASE_URL.');
  const applied = stopBefore ? migrations.indexOf(stopBefore) : migrations.length;
  if (applied < 0) throw new Error(`${stopBefore?.name} is not in the registered migrations (@ntm/runtime)`);
  const name = `ntm_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrate(url, migrations.slice(0, applied));
  const options = { ...dataSourceOptions(url), migrations: migrations.slice(0, applied + 1) };
  const dataSource = await new DataSource(options).initialize();
  const pools: Pool[] = [];
  const runLater = async (
    step: (runner: QueryRunner, later: MigrationInterface) => Promise<unknown>,
    list: Migration[],
  ) => {
    const runner = dataSource.createQueryRunner();
    try {
      for (const Later of list) await step(runner, new Later());
    } finally {
      await runner.release();
    }
  };
  return {
    url,
    dataSource,
    openPool: (max = 4) => {
      const pool = createPool(url, max, failUnlessDropped);
      pools.push(pool);
      return pool;
    },
    applyLaterMigrations: () => runLater((runner, later) => later.up(runner), migrations.slice(applied + 1)),
    undoLaterMigrations: () => runLater((runner, later) => later.down(runner), migrations.slice(applied + 1).reverse()),
    drop: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
