import { APPEND_STATEMENT_CHARS, APPEND_STATEMENT_EVENTS } from './append-statements';
import { EventIdConflict, StreamVersionConflict, UnstorableEvents } from './errors';
import { PostgresHashChainAudit } from './postgres-hash-chain-audit';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';

describe('append', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('numbers a new stream from 1 and returns the next expected version and positions', async () => {
    const stream = aStream();
    const result = await fx.store.append(stream, 'no-stream', [anEvent(), anEvent()]);
    expect(result.nextExpectedVersion).toBe(2);
    expect(result.positions).toHaveLength(2);
    expect(result.positions[1]).toBeGreaterThan(result.positions[0]);
    const again = await fx.store.append(stream, 2, [anEvent()]);
    expect(again.nextExpectedVersion).toBe(3);
  });

  it('refuses a stale expected version with a typed conflict carrying the actual version', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent(), anEvent()]);
    const stale = fx.store.append(stream, 1, [anEvent()]);
    await expect(stale).rejects.toBeInstanceOf(StreamVersionConflict);
    await expect(stale).rejects.toMatchObject({ streamId: stream, expected: 1, actual: 3 });
    await expect(fx.store.append(stream, 'no-stream', [anEvent()])).rejects.toMatchObject({ actual: 3 });
    await expect(fx.store.append(aStream(), 2, [anEvent()])).rejects.toMatchObject({ expected: 2, actual: 0 });
  });

  it('writes nothing when any event of a batch is refused: appends are atomic', async () => {
    const stream = aStream();
    const duplicate = anEvent();
    await expect(fx.store.append(stream, 'no-stream', [duplicate, { ...duplicate }])).rejects.toThrow();
    expect(await fx.store.readStream(stream)).toEqual([]);
  });

  it('appends with "any" whatever the version', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'any', [anEvent()]);
    await expect(fx.store.append(stream, 'any', [anEvent()])).resolves.toMatchObject({ nextExpectedVersion: 2 });
  });

  it('50 concurrent appenders retrying on conflict leave versions 1..N without gap or duplicate', async () => {
    const stream = aStream();
    const writers = Array.from({ length: 50 }, () => appendWithRetry(fx, stream));
    const written = await Promise.all(writers);
    const events = await fx.store.readStream(stream);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(written).size).toBe(50);
    const positions = events.map((event) => event.globalPosition);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('treats an already stored batch as done: a retry writes nothing and returns the original result', async () => {
    const stream = aStream();
    const batch = [anEvent(), anEvent()];
    const original = await fx.store.append(stream, 'no-stream', batch);
    await fx.store.append(stream, 2, [anEvent()]);
    const retried = await fx.store.append(stream, 'no-stream', batch);
    expect(retried).toEqual(original);
    expect(await fx.store.readStream(stream)).toHaveLength(3);
  });

  it('answers a retry that finds the stream at the version it expects (retried after a continue-as-new)', async () => {
    const stream = aStream();
    const batch = [anEvent(), anEvent()];
    const original = await fx.store.append(stream, 'no-stream', batch);
    await expect(fx.store.append(stream, 2, batch)).resolves.toEqual(original);
    await expect(fx.store.append(stream, 2, [batch[1], anEvent()])).rejects.toBeInstanceOf(EventIdConflict);
    await expect(fx.store.append(stream, 2, [anEvent(), batch[0]])).rejects.toBeInstanceOf(EventIdConflict);
    expect(await fx.store.readStream(stream)).toHaveLength(2);
  });

  it('answers concurrent retries of one append with the same original result', async () => {
    const stream = aStream();
    const batch = [anEvent()];
    const results = await Promise.all(Array.from({ length: 5 }, () => fx.store.append(stream, 'no-stream', batch)));
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(await fx.store.readStream(stream)).toHaveLength(1);
  });

  it('refuses a batch whose event ids are only partly stored, or stored in another stream', async () => {
    const stream = aStream();
    const stored = anEvent();
    await fx.store.append(stream, 'no-stream', [stored]);
    await expect(fx.store.append(stream, 1, [stored, anEvent()])).rejects.toBeInstanceOf(EventIdConflict);
    await expect(fx.store.append(aStream(), 'no-stream', [stored])).rejects.toBeInstanceOf(EventIdConflict);
    expect(await fx.store.readStream(stream)).toHaveLength(1);
  });

  describe('an append larger than one statement (a survey import of 50,000 rows)', () => {
    /** Events of just over half a statement each: no two share one. */
    const large = (note = 'x') => anEvent('Imported', { note: note.repeat(APPEND_STATEMENT_CHARS / 2) });

    it('records every event in order on one unbroken hash chain, as one append', async () => {
      const stream = aStream();
      await fx.store.append(stream, 'no-stream', [anEvent()]);
      const result = await fx.store.append(stream, 1, [large(), large('y'), large('z')]);
      expect(result.nextExpectedVersion).toBe(4);
      const events = await fx.store.readStream(stream);
      expect(events.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
      expect(new Set(events.slice(1).map((event) => event.transactionId)).size).toBe(1);
      await expect(new PostgresHashChainAudit(fx.pool).verify(stream)).resolves.toEqual({ ok: true, checked: 4 });
    });

    it('writes nothing when a later statement is refused, and refuses a stale expected version', async () => {
      const stream = aStream();
      const unstorable = anEvent('Imported', { note: 'NUL \u0000 cannot be stored' });
      await expect(fx.store.append(stream, 'no-stream', [large(), large(), unstorable])).rejects.toBeInstanceOf(
        UnstorableEvents,
      );
      expect(await fx.store.readStream(stream)).toEqual([]);
      await fx.store.append(stream, 'no-stream', [anEvent()]);
      await expect(fx.store.append(stream, 'no-stream', [large(), large(), large()])).rejects.toMatchObject({
        actual: 1,
      });
      expect(await fx.store.readStream(stream)).toHaveLength(1);
    });

    it('cuts many small events into statements PostgreSQL can take (each event is two parameters)', async () => {
      const stream = aStream();
      const many = Array.from({ length: APPEND_STATEMENT_EVENTS * 2 + 500 }, () => anEvent());
      const result = await fx.store.append(stream, 'no-stream', many);
      expect(result.nextExpectedVersion).toBe(many.length);
      const events = await fx.store.readStream(stream);
      expect(events.map((event) => event.eventId)).toEqual(many.map((event) => event.eventId));
      await expect(new PostgresHashChainAudit(fx.pool).verify(stream)).resolves.toEqual({
        ok: true,
        checked: many.length,
      });
    });

    it('answers a retry, even concurrent, with the original result and writes nothing twice', async () => {
      const stream = aStream();
      const batch = [large(), large(), large()];
      const results = await Promise.all(Array.from({ length: 3 }, () => fx.store.append(stream, 'no-stream', batch)));
      expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
      await expect(fx.store.append(stream, 'no-stream', batch)).resolves.toEqual(results[0]);
      expect(await fx.store.readStream(stream)).toHaveLength(3);
    });
  });
});

/** What a command handler does: read the version, append, and on conflict read again and retry. */
async function appendWithRetry(fx: EventStoreFixture, stream: string): Promise<number> {
  const event = anEvent();
  for (;;) {
    const { version } = await fx.store.aggregateStream(stream, { initialState: () => null, evolve: () => null });
    try {
      const result = await fx.store.append(stream, version, [event]);
      return result.nextExpectedVersion;
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
      await new Promise((done) => setTimeout(done, Math.random() * 20));
    }
  }
}
