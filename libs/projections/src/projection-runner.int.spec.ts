import { randomUUID } from 'node:crypto';

import { LOG_START, PostgresEventStore } from '@ntm/event-store';

import { loadCheckpoint } from './checkpoints';
import { ProjectionRunner } from './projection-runner';
import { openProjectionFixture, type ProjectionFixture, settle } from './testing/projection-fixture';
import type { Projector } from './projector';
import { StreamActivity } from './stream-activity/stream-activity.entity';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';

const NAME = streamActivityProjector.name;

describe('projection runner', () => {
  let fixture: ProjectionFixture;
  beforeAll(async () => {
    fixture = await openProjectionFixture([streamActivityProjector], { poolSize: 6, batchSize: 5 });
  });
  afterAll(() => fixture.close());

  const anEvent = (type = 'Noted') => ({ eventId: randomUUID(), type, data: {} });
  const activity = (streamId: string) => fixture.db.dataSource.getRepository(StreamActivity).findOneBy({ streamId });

  it('never skips an event whose transaction took an earlier position but committed later', async () => {
    await settle(fixture.runner, [NAME]);
    const slow = await fixture.pool.connect();
    const [early, late] = [`early-${randomUUID()}`, `late-${randomUUID()}`];
    try {
      await slow.query('begin');
      const a = await new PostgresEventStore(slow).append(early, 'no-stream', [anEvent()]);
      const b = await fixture.store.append(late, 'no-stream', [anEvent()]);
      expect(b.positions[0]).toBeGreaterThan(a.positions[0]);
      await fixture.runner.catchUp(NAME);
      expect(await activity(late)).toBeNull();
      expect((await loadCheckpoint(fixture.db.dataSource.manager, NAME)).globalPosition).toBeLessThan(a.positions[0]);
      await slow.query('commit');
    } finally {
      slow.release();
    }
    await settle(fixture.runner, [NAME]);
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
    await fixture.store.append(stream, 'no-stream', [anEvent()]);
    const withBug = new ProjectionRunner(fixture.db.dataSource, fixture.store, [failing]);
    const rowsBefore = await fixture.db.dataSource.getRepository(StreamActivity).count();
    await expect(withBug.catchUp('failing')).rejects.toThrow('projector bug');
    expect(await loadCheckpoint(fixture.db.dataSource.manager, 'failing')).toEqual(LOG_START);
    expect(await fixture.db.dataSource.getRepository(StreamActivity).count()).toBe(rowsBefore);
  });

  it('applies each event once when two runners of one projection race', async () => {
    const stream = `s-${randomUUID()}`;
    for (let i = 0; i < 4; i++) await fixture.store.append(stream, 'any', [anEvent(), anEvent(), anEvent()]);
    const other = new ProjectionRunner(fixture.db.dataSource, fixture.store, [streamActivityProjector], {
      batchSize: 2,
    });
    await Promise.all([settle(fixture.runner, [NAME]), settle(other, [NAME]), settle(fixture.runner, [NAME])]);
    expect(await activity(stream)).toMatchObject({ eventCount: 12, lastVersion: 12 });
  });

  it('reports lag in events and seconds, and none once caught up', async () => {
    await settle(fixture.runner, [NAME]);
    await fixture.store.append(`s-${randomUUID()}`, 'no-stream', [anEvent(), anEvent(), anEvent()]);
    await new Promise((done) => setTimeout(done, 20));
    const [behind] = await fixture.runner.lag();
    expect(behind).toMatchObject({ projection: NAME, eventsBehind: 3 });
    expect(behind.secondsBehind).toBeGreaterThan(0);
    await settle(fixture.runner, [NAME]);
    expect(await fixture.runner.lag()).toEqual([expect.objectContaining({ eventsBehind: 0, secondsBehind: 0 })]);
  });

  it('runs live: events appended after start reach the read model, and stop ends the loop', async () => {
    const live = new ProjectionRunner(fixture.db.dataSource, fixture.store, [streamActivityProjector], {
      pollMs: { min: 20, max: 200 },
    });
    live.start();
    try {
      const stream = `s-${randomUUID()}`;
      await fixture.store.append(stream, 'no-stream', [anEvent('First'), anEvent('Second')]);
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
