import { PostgresEventStore } from '@ntm/event-store';
import { createTestDatabase, type TestDatabase, until } from '@ntm/test-support';
import type { Pool } from 'pg';

import { ProjectionRunner } from '../projection-runner';
import type { Projector } from '../projector';

/** A fresh migrated database, an event store on it and a runner over the projectors; `close` drops it all. */
export interface ProjectionFixture {
  readonly db: TestDatabase;
  readonly pool: Pool;
  readonly store: PostgresEventStore;
  readonly runner: ProjectionRunner;
  close(): Promise<void>;
}

export async function openProjectionFixture(
  projectors: readonly Projector[],
  { poolSize, batchSize }: { poolSize: number; batchSize: number },
): Promise<ProjectionFixture> {
  const db = await createTestDatabase();
  const pool = db.openPool(poolSize);
  const store = new PostgresEventStore(pool);
  const runner = new ProjectionRunner(db.dataSource, store, projectors, { batchSize });
  return {
    db,
    pool,
    store,
    runner,
    async close() {
      await store.drain();
      await db.drop();
    },
  };
}

/** Catches up until nothing is behind: a transaction anywhere on the server can hold back the high-water mark. */
export async function settle(runner: ProjectionRunner, projections: readonly string[]): Promise<void> {
  await until(
    async () => {
      for (const name of projections) await runner.catchUp(name);
      const lag = (await runner.lag()).filter((entry) => projections.includes(entry.projection));
      return lag.length > 0 && lag.every((entry) => entry.eventsBehind === 0);
    },
    `${projections.join(', ')} caught up`,
  );
}
