import { listenForAppends } from './append-signal';
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
});

function fail(error: unknown): never {
  throw error;
}
