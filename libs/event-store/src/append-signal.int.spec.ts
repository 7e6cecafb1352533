import type { Pool } from 'pg';

import { relayedDatabaseUrl, tcpRelay, until } from '@ntm/test-support';

import { APPENDED_CHANNEL, listenForAppends } from './append-signal';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';

describe('append notifications', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('wake listeners in other connections after appends commit, one NOTIFY for a burst', async () => {
    let heard = 0;
    const listener = await listenForAppends({ connectionString: fx.db.url }, () => (heard += 1), fail);
    try {
      await Promise.all(Array.from({ length: 20 }, () => fx.store.append(aStream(), 'no-stream', [anEvent()])));
      await fx.store.drain();
      for (let waited = 0; heard === 0 && waited < 5000; waited += 20)
        await new Promise((done) => setTimeout(done, 20));
      expect(heard).toBeGreaterThan(0);
      expect(heard).toBeLessThan(20);
    } finally {
      await listener.close();
    }
  });

  it('listen again after PostgreSQL ends their connection (a restart, a terminated backend): appends wake them as before', async () => {
    let heard = 0;
    const listener = await listenForAppends(
      { connectionString: fx.db.url },
      () => (heard += 1),
      () => undefined,
    );
    try {
      const [first] = await listeningBackends(fx.pool);
      expect(first).toBeDefined();
      await fx.pool.query('select pg_terminate_backend($1)', [first]);
      await until(
        async () => (await listeningBackends(fx.pool)).some((pid) => pid !== first),
        'a new LISTEN connection',
      );
      heard = 0;
      await until(async () => {
        await fx.store.append(aStream(), 'no-stream', [anEvent()]);
        await fx.store.drain();
        return heard > 0;
      }, 'a notification after the reconnection');
    } finally {
      await listener.close();
    }
  });

  it('keep trying while PostgreSQL stays unreachable, and listen again once it is back', async () => {
    const relay = await tcpRelay(new URL(fx.db.url).host);
    let heard = 0;
    let failures = 0;
    const listener = await listenForAppends(
      { connectionString: relayedDatabaseUrl(fx.db.url, relay) },
      () => (heard += 1),
      () => (failures += 1),
    );
    try {
      await relay.cut();
      await until(async () => failures >= 3, 'several failed attempts to connect again');
      await relay.restore();
      await until(async () => (await listeningBackends(fx.pool)).length === 1, 'the LISTEN connection again');
      heard = 0;
      await until(async () => {
        await fx.store.append(aStream(), 'no-stream', [anEvent()]);
        await fx.store.drain();
        return heard > 0;
      }, 'a notification after PostgreSQL is back');
      expect(heard).toBeGreaterThan(0);
    } finally {
      await listener.close();
      await relay.cut();
    }
  });
});

/** Backends of this test's database LISTENing for appends. */
async function listeningBackends(pool: Pool): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and query = $1 and pid <> pg_backend_pid()`,
    [`listen ${APPENDED_CHANNEL}`],
  );
  return rows.map((row) => row.pid);
}

function fail(error: unknown): never {
  throw error;
}
