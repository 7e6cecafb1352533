import { randomUUID } from 'node:crypto';

import { LOG_START, PostgresEventStore } from '@ntm/event-store';
import { createTestDatabase, type TestDatabase } from '@ntm/test-support';
import { Pool } from 'pg';

import { loadCheckpoint } from './checkpoints';
import { ProjectionRunner } from './projection-runner';
import type { Projector } from './projector';
import { StreamActivity } from './stream-activity/stream-activity.entity';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';

const NAME = streamActivityProjector.name;

describe('projection runner', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 6 });
    store = new PostgresEventStore(pool);
    runner = new ProjectionRunner(db.dataSource, store, [streamActivityProjector], { batchSize: 5 });
  });
  afterAll(async () => {
    await store.drain();
    await pool.end();
    await db.drop();
  });

  const anEvent = (type = 'Noted') => ({ eventId: randomUUID(), type, data: {} });
  const activity = (streamId: string) => db.dataSource.getRepository(StreamActivity).findOneBy({ streamId });

  /** Catches up until nothing is behind: a transaction anywhere on the server can hold back the high-water mark. */
  async function settle(projection = NAME, on = runner): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await on.catchUp(projection);
      const lag = (await on.lag()).find((entry) => entry.projection === projection);
      if (lag?.eventsBehind === 0) return;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`${projection} did not catch up`);
  }

  it('never skips an event whose transaction took an earlier position but committed later', async () => {
    await settle();
    const slow = await pool.connect();
    const [early, late] = [`early-${randomUUID()}`, `late-${randomUUID()}`];
    try {
      await slow.query('begin');
      const a = await new PostgresEventStore(slow).append(early, 'no-stream', [anEvent()]);
      const b = await store.append(late, 'no-stream', [anEvent()]);
      expect(b.positions[0]).toBeGreaterThan(a.positions[0]);
      await runner.catchUp(NAME);
      expect(await activity(late)).toBeNull();
      expect((await loadCheckpoint(db.dataSource.manager, NAME)).globalPosition).toBeLessThan(a.positions[0]);
      await slow.query('commit');
    } finally {
      slow.release();
    }
    await settle();
    expect(await activity(early)).toMatchObject({ eventCount: 1, lastVersion: 1 });
    expect(await activity(late)).toMatchObject({ eventCount: 1, lastVersion: 1 });
  });

  it('moves neither the read model nor the checkpoint when a batch fails', async () => {
    const failing: Projector = {
      ...streamActivityProjector,
      name: 'failing',
      apply: async (events, manager) => {
        await streamActivityProjector.apply(events, manager);
        throw new Error('projector bug');
      },
    };
    const stream = `s-${randomUUID()}`;
    await store.append(stream, 'no-stream', [anEvent()]);
    const withBug = new ProjectionRunner(db.dataSource, store, [failing]);
    const rowsBefore = await db.dataSource.getRepository(StreamActivity).count();
    await expect(withBug.catchUp('failing')).rejects.toThrow('projector bug');
    expect(await loadCheckpoint(db.dataSource.manager, 'failing')).toEqual(LOG_START);
    expect(await db.dataSource.getRepository(StreamActivity).count()).toBe(rowsBefore);
  });

  it('applies each event once when two runners of one projection race', async () => {
    const stream = `s-${randomUUID()}`;
    for (let i = 0; i < 4; i++) await store.append(stream, 'any', [anEvent(), anEvent(), anEvent()]);
    const other = new ProjectionRunner(db.dataSource, store, [streamActivityProjector], { batchSize: 2 });
    await Promise.all([settle(NAME, runner), settle(NAME, other), settle(NAME, runner)]);
    expect(await activity(stream)).toMatchObject({ eventCount: 12, lastVersion: 12 });
  });

  it('reports lag in events and seconds, and none once caught up', async () => {
    await settle();
    await store.append(`s-${randomUUID()}`, 'no-stream', [anEvent(), anEvent(), anEvent()]);
    await new Promise((done) => setTimeout(done, 20));
    const [behind] = await runner.lag();
    expect(behind).toMatchObject({ projection: NAME, eventsBehind: 3 });
    expect(behind.secondsBehind).toBeGreaterThan(0);
    await settle();
    expect(await runner.lag()).toEqual([expect.objectContaining({ eventsBehind: 0, secondsBehind: 0 })]);
  });

  it('runs live: events appended after start reach the read model, and stop ends the loop', async () => {
    const live = new ProjectionRunner(db.dataSource, store, [streamActivityProjector], {
      pollMs: { min: 20, max: 200 },
    });
    live.start();
    try {
      const stream = `s-${randomUUID()}`;
      await store.append(stream, 'no-stream', [anEvent('First'), anEvent('Second')]);
      live.announceAppended();
      for (let waited = 0; !(await activity(stream)) && waited < 10_000; waited += 20) {
        await new Promise((done) => setTimeout(done, 20));
      }
      expect(await activity(stream)).toMatchObject({ eventCount: 2, lastVersion: 2, lastEventType: 'Second' });
    } finally {
      await live.stop();
    }
  });
});
