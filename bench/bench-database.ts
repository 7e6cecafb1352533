import { randomBytes } from 'node:crypto';

import { createDatabaseIfMissing, migrate } from '@ntm/runtime';
import { Pool } from 'pg';

import { dropDatabase, withDatabase } from '../test/support/database';
import { provideTestPostgres, type Stop } from '../test/support/servers';

export interface BenchDatabase {
  readonly url: string;
  readonly pool: Pool;
}

/**
 * Runs a benchmark on a throwaway, migrated database of the test PostgreSQL (started if none is
 * configured); the database, the pool and any server started for it are gone afterwards.
 */
export async function withBenchDatabase(
  poolSize: number,
  bench: (database: BenchDatabase) => Promise<void>,
): Promise<void> {
  const stops: Stop[] = [];
  const adminUrl = await provideTestPostgres(stops);
  const name = `ntm_bench_${randomBytes(4).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const pool = new Pool({ connectionString: url, max: poolSize });
  // The drop below ends by force any connection the pool is still closing: that is the end sought.
  pool.on('error', () => undefined);
  try {
    await migrate(url);
    await bench({ url, pool });
  } finally {
    await pool.end();
    await dropDatabase(adminUrl, name);
    for (const stop of stops.reverse()) await stop();
  }
}
