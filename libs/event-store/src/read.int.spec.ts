import { until } from '@ntm/test-support';

import { LOG_START, logPositionOf, type RecordedEvent } from './event';
import { PostgresEventStore } from './postgres-event-store';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';
import { UpcasterRegistry } from './upcasters';

describe('reading', () => {
  let fx: EventStoreFixture;
  const upcasters = new UpcasterRegistry().register('CriterionScored', 1, (data: { score: number }) => ({
    points: data.score,
    scale: 100,
  }));
  beforeAll(async () => {
    fx = await eventStoreFixture({ upcasters });
  });
  afterAll(() => fx.close());

  async function streamOf(count: number): Promise<string> {
    const stream = aStream();
    await fx.store.append(
      stream,
      'no-stream',
      Array.from({ length: count }, (_, i) => anEvent('Noted', { n: i + 1 })),
    );
    return stream;
  }

  const versions = (events: RecordedEvent[]) => events.map((event) => event.streamVersion);

  async function readToEnd(): Promise<RecordedEvent[]> {
    const seen: RecordedEvent[] = [];
    for (let batch = await fx.store.readAll(LOG_START, 2); batch.length > 0;) {
      seen.push(...batch);
      batch = await fx.store.readAll(logPositionOf(batch[batch.length - 1]), 2);
    }
    return seen;
  }

  /**
   * The high-water mark is cluster-wide: any transaction still running anywhere on the server
   * (another test database's, a NOTIFY) holds back what is safe to read, so wait for it to pass.
   */
  async function readUntil(complete: (events: RecordedEvent[]) => boolean): Promise<RecordedEvent[]> {
    return until(async () => {
      const events = await readToEnd();
      return complete(events) && events;
    }, 'the log read to its end');
  }

  it('reads a stream forwards and backwards from a version', async () => {
    const stream = await streamOf(5);
    expect(versions(await fx.store.readStream(stream))).toEqual([1, 2, 3, 4, 5]);
    expect(versions(await fx.store.readStream(stream, { fromVersion: 3 }))).toEqual([3, 4, 5]);
    expect(versions(await fx.store.readStream(stream, { direction: 'backwards' }))).toEqual([5, 4, 3, 2, 1]);
    const backwards = await fx.store.readStream(stream, { direction: 'backwards', fromVersion: 4, maxCount: 2 });
    expect(versions(backwards)).toEqual([4, 3]);
  });

  it('reads a stream as it was at a version', async () => {
    const stream = await streamOf(5);
    expect(versions(await fx.store.readStream(stream, { toVersion: 3 }))).toEqual([1, 2, 3]);
    const folded = await fx.store.aggregateStream(stream, sumOfN, { toVersion: 2 });
    expect(folded).toEqual({ state: 3, version: 2 });
  });

  it('reads a stream as it was at an instant: events recorded at or before it', async () => {
    const stream = await streamOf(2);
    const [, second] = await fx.store.readStream(stream);
    await new Promise((done) => setTimeout(done, 5));
    await fx.store.append(stream, 2, [anEvent('Noted', { n: 3 })]);
    expect(versions(await fx.store.readStream(stream, { asOf: second.recordedAt }))).toEqual([1, 2]);
    expect(versions(await fx.store.readStream(stream, { asOf: new Date(second.recordedAt.getTime() - 1) }))).toEqual(
      [],
    );
    expect(await fx.store.aggregateStream(stream, sumOfN, { asOf: second.recordedAt })).toEqual({
      state: 3,
      version: 2,
    });
  });

  it('keeps recorded-at times non-decreasing along a stream', async () => {
    const stream = await streamOf(3);
    for (let i = 0; i < 5; i++) await fx.store.append(stream, 'any', [anEvent()]);
    const times = (await fx.store.readStream(stream)).map((event) => event.recordedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('upcasts v1 events to v2 on stream reads and on the global log, leaving the stored row as it was', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent('CriterionScored', { score: 80 }, 1)]);
    await fx.store.append(stream, 1, [anEvent('CriterionScored', { points: 90, scale: 100 }, 2)]);
    const read = await fx.store.readStream(stream);
    expect(read.map((event) => [event.schemaVersion, event.data])).toEqual([
      [2, { points: 80, scale: 100 }],
      [2, { points: 90, scale: 100 }],
    ]);
    const logged = (
      await readUntil((events) => events.filter((event) => event.streamId === stream).length === 2)
    ).filter((event) => event.streamId === stream);
    expect(logged.map((event) => event.data)).toEqual(read.map((event) => event.data));
    const stored = await fx.pool.query(
      `select schema_version, data from event_store.events where stream_id = $1 order by stream_version`,
      [stream],
    );
    expect(stored.rows[0]).toEqual({ schema_version: 1, data: { score: 80 } });
  });

  it('never returns an event from behind a transaction still running: a later reader would miss it', async () => {
    const slow = await fx.pool.connect();
    try {
      await slow.query('begin');
      const earlier = await new PostgresEventStore(slow).append(aStream(), 'no-stream', [anEvent()]);
      const last = anEvent();
      const lastId = last.eventId;
      const later = await fx.store.append(aStream(), 'no-stream', [last]);
      expect(later.positions[0]).toBeGreaterThan(earlier.positions[0]);
      const whileRunning = (await readToEnd()).map((event) => event.globalPosition);
      expect(whileRunning).not.toContain(later.positions[0]);
      await slow.query('commit');
      const committed = (await readUntil((events) => events.some((event) => event.eventId === lastId))).map(
        (event) => event.globalPosition,
      );
      expect(committed.filter((position) => position >= earlier.positions[0])).toEqual([
        earlier.positions[0],
        later.positions[0],
      ]);
    } finally {
      slow.release();
    }
  });

  it('reads the whole log in batches without repeating or missing an event', async () => {
    const streams = [await streamOf(3), await streamOf(4)];
    const seen = await readUntil((events) => events.filter((event) => streams.includes(event.streamId)).length === 7);
    expect(new Set(seen.map((event) => event.eventId)).size).toBe(seen.length);
    for (const stream of streams) {
      const ours = seen.filter((event) => event.streamId === stream);
      expect(versions(ours)).toEqual(versions(await fx.store.readStream(stream)));
    }
  });
});

const sumOfN = {
  initialState: () => 0,
  evolve: (sum: number, event: RecordedEvent) => sum + (event.data as { n: number }).n,
};
