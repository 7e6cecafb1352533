import { randomBytes } from 'node:crypto';

import { loadConfig } from '@ntm/config';
import { createDatabaseIfMissing, createPool, dataSourceOptions, migrate } from '@ntm/runtime';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  /** A `pg` pool on this database, ended by `drop`. */
  openPool(max?: number): Pool;
  drop(): Promise<void>;
}

/** `drop ... with (force)` ends connections a pool has released but not yet closed; only that is expected. */
function failUnlessDropped(error: Error & { code?: string }): void {
  if (error.code !== '57P01') throw error;
}

/** A fresh, migrated database per test file, so files run in parallel without sharing rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = loadConfig().NTM_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('NTM_TEST_ADMIN_URL chưa đặt: chạy qua Jest (globalSetup) hoặc đặt DATABASE_URL.');
  const name = `ntm_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  const pools: Pool[] = [];
  return {
    url,
    dataSource,
    openPool: (max = 4) => {
      const pool = createPool(url, max, failUnlessDropped);
      pools.push(pool);
      return pool;
    },
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
