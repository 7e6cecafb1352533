import { randomUUID } from 'node:crypto';

import { PostgresEventStore } from '@ntm/event-store';
import { createTestDatabase, type TestDatabase } from '@ntm/test-support';
import fc from 'fast-check';
import { Pool } from 'pg';

import { ProjectionRunner } from './projection-runner';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';

const NAME = streamActivityProjector.name;

describe('rebuild', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 4 });
    store = new PostgresEventStore(pool);
    runner = new ProjectionRunner(db.dataSource, store, [streamActivityProjector], { batchSize: 4 });
  });
  afterAll(async () => {
    await store.drain();
    await pool.end();
    await db.drop();
  });

  async function settle(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await runner.catchUp(NAME);
      if ((await runner.lag())[0].eventsBehind === 0) return;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error('did not catch up');
  }

  const rowsOf = (prefix: string) =>
    db.dataSource.query(`select * from read_models.stream_activity where stream_id like $1 || '%' order by stream_id`, [
      prefix,
    ]);

  const step = fc.record({
    stream: fc.integer({ min: 0, max: 3 }),
    types: fc.array(fc.constantFrom('Registered', 'Appraised', 'Decided'), { minLength: 1, maxLength: 3 }),
    projectNow: fc.boolean(),
  });

  it('rebuilding from zero gives the rows that live projection, interleaved with appends, gave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
        const prefix = `${randomUUID()}/`;
        for (const { stream, types, projectNow } of steps) {
          const events = types.map((type) => ({ eventId: randomUUID(), type, data: { stream } }));
          await store.append(`${prefix}${stream}`, 'any', events);
          if (projectNow) await runner.catchUp(NAME);
        }
        await settle();
        const live = await rowsOf(prefix);
        const appended = steps.reduce((count, { types }) => count + types.length, 0);
        expect(live.reduce((count: number, row: { event_count: number }) => count + row.event_count, 0)).toBe(appended);
        await runner.rebuild(NAME);
        await settle();
        expect(await rowsOf(prefix)).toEqual(live);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
