import { randomBytes } from 'node:crypto';

import { loadConfig } from '@ntm/config';
import { createDatabaseIfMissing, dataSourceOptions, migrate } from '@ntm/runtime';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  drop(): Promise<void>;
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
  return {
    url,
    dataSource,
    drop: async () => {
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
