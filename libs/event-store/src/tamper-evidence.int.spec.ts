import fc from 'fast-check';

import { PostgresHashChainAudit } from './postgres-hash-chain-audit';
import { expectRefusedEvenBypassingTriggers } from './testing/append-only';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';

describe('tamper evidence', () => {
  let fx: EventStoreFixture;
  let audit: PostgresHashChainAudit;
  beforeAll(async () => {
    fx = await eventStoreFixture();
    audit = new PostgresHashChainAudit(fx.pool);
  });
  afterAll(() => fx.close());

  /** What a DBA with full rights can do: switch the guard off, change history, switch it back on. */
  async function asDba(sql: string, values: unknown[]): Promise<void> {
    const client = await fx.pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table event_store.events disable trigger events_append_only');
      await client.query(sql, values);
      await client.query('alter table event_store.events enable always trigger events_append_only');
      await client.query('commit');
    } finally {
      client.release();
    }
  }

  it.each([
    ['UPDATE', `update event_store.events set data = '{}'`],
    ['DELETE', `delete from event_store.events`],
    ['TRUNCATE', `truncate event_store.events`],
  ])('refuses %s of stored events, even for a superuser bypassing triggers', async (_op, sql) => {
    await fx.store.append(aStream(), 'no-stream', [anEvent()]);
    await expectRefusedEvenBypassingTriggers(fx.pool, sql);
  });

  it('verifies freshly appended events, whatever their text, numbers and key order', async () => {
    const stream = `dossier/"xã" \\ ${'\u001f'}\u2028 ✓ 😀`;
    const data = {
      z: 1,
      a: [1.5, -0, 1e21, 0.1, 123456789012345680000],
      é: 'ngày "lễ"\n',
      nested: { b: null, a: true },
    };
    await fx.store.append(stream, 'no-stream', [
      anEvent('Nhận"xét', data),
      { ...anEvent('Noted', { n: 1 }), metadata: { actor: 'cán bộ', clientAddress: '::1', extra: { k: [2, 1] } } },
    ]);
    await fx.store.append(stream, 2, [anEvent()]);
    await expect(audit.verify(stream)).resolves.toEqual({ ok: true, checked: 3 });
    await expect(audit.verify()).resolves.toMatchObject({ ok: true });
  });

  it('hashes exactly what is stored: any JSON PostgreSQL accepts verifies after the round trip', async () => {
    const storable = fc.jsonValue().filter((value) => !/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(value)));
    await fc.assert(
      fc.asyncProperty(storable, storable, async (data, extra) => {
        const stream = aStream('property');
        await fx.store.append(stream, 'no-stream', [{ ...anEvent('Any', data), metadata: { extra } }]);
        expect(await audit.verify(stream)).toEqual({ ok: true, checked: 1 });
      }),
      { numRuns: 60 },
    );
  });

  it('reports the exact row whose data a DBA edited by hand', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent(), anEvent()]);
    const [, second] = await fx.store.readStream(stream);
    await asDba(`update event_store.events set data = '{"note":"sửa"}' where event_id = $1`, [second.eventId]);
    const expected = {
      ok: false,
      streamId: stream,
      version: 2,
      position: second.globalPosition,
      reason: 'hash-mismatch',
    };
    await expect(audit.verify(stream)).resolves.toEqual(expected);
    await expect(audit.verify()).resolves.toEqual(expected);
  });

  it('reports a deleted event where the chain breaks, and a deleted last event at the stream head', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent(), anEvent(), anEvent()]);
    const [, second, third, fourth] = await fx.store.readStream(stream);
    await asDba(`delete from event_store.events where event_id = any($1)`, [[second.eventId, fourth.eventId]]);
    await expect(audit.verify(stream)).resolves.toMatchObject({
      version: 3,
      position: third.globalPosition,
      reason: 'missing-version',
    });
    const tail = aStream();
    await fx.store.append(tail, 'no-stream', [anEvent(), anEvent()]);
    const [first, last] = await fx.store.readStream(tail);
    await asDba(`delete from event_store.events where event_id = $1`, [last.eventId]);
    await expect(audit.verify(tail)).resolves.toMatchObject({
      version: 1,
      position: first.globalPosition,
      reason: 'head-mismatch',
    });
  });

  it('reports a rewritten hash at the next event, whose link no longer matches', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent()]);
    const [first, second] = await fx.store.readStream(stream);
    await asDba(`update event_store.events set hash = repeat('0', 64) where event_id = $1`, [first.eventId]);
    await expect(audit.verify(stream)).resolves.toMatchObject({ version: 1, reason: 'hash-mismatch' });
    await asDba(`update event_store.events set hash = $2 where event_id = $1`, [first.eventId, first.hash]);
    await asDba(`update event_store.events set prev_hash = repeat('0', 64) where event_id = $1`, [second.eventId]);
    await expect(audit.verify(stream)).resolves.toMatchObject({ version: 2, reason: 'broken-link' });
  });
});
