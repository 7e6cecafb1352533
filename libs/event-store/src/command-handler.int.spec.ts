import { type Decider, handleCommand } from './command-handler';
import { VersionChanged } from './errors';
import { aStream, anEvent, type EventStoreFixture, eventStoreFixture } from './testing/event-store-fixture';

interface Counted {
  readonly type: 'Counted';
  readonly data: { readonly by: number };
  readonly metadata?: { readonly commandId?: string };
}

/** A counter that refuses to pass 10: small enough to read, with a refusal and a state. */
const counter = (by: number): Decider<number, Counted> => ({
  fold: (events, from = 0) => events.reduce((total, event) => total + event.data.by, from),
  decide: (total) =>
    total + by > 10
      ? { ok: false, error: new RangeError('past 10') }
      : { ok: true, value: [{ type: 'Counted', data: { by } }] },
});

describe('handleCommand', () => {
  let fx: EventStoreFixture;
  beforeAll(async () => {
    fx = await eventStoreFixture();
  });
  afterAll(() => fx.close());

  it('appends the decided events with ids from the command id and answers with the state after them', async () => {
    const stream = aStream();
    const first = await handleCommand(fx.store, stream, counter(3), { commandId: 'c-1', metadata: { actor: 'lan' } });
    expect(first).toMatchObject({ state: 3, version: 1 });
    const [stored] = await fx.store.readStream(stream);
    expect(stored.metadata).toMatchObject({ actor: 'lan', commandId: 'c-1', causationId: 'c-1' });
  });

  it('a command sent again gets its first answer and writes nothing, even after later commands', async () => {
    const stream = aStream();
    await handleCommand(fx.store, stream, counter(3), { commandId: 'c-1' });
    await handleCommand(fx.store, stream, counter(4), { commandId: 'c-2' });
    const again = await handleCommand(fx.store, stream, counter(3), { commandId: 'c-1' });
    expect(again).toMatchObject({ state: 3, version: 1, events: [{ type: 'Counted', data: { by: 3 } }] });
    expect(await fx.store.readStream(stream)).toHaveLength(2);
  });

  it('the same command sent twice at once is recorded once, and both get the same answer', async () => {
    const stream = aStream();
    const answers = await Promise.all(
      [1, 2].map(() => handleCommand(fx.store, stream, counter(2), { commandId: 'c' })),
    );
    expect(answers.map((answer) => answer.version)).toEqual([1, 1]);
    expect(await fx.store.readStream(stream)).toHaveLength(1);
  });

  it('refuses a stale expected version with the version to reload, writing nothing', async () => {
    const stream = aStream();
    await fx.store.append(stream, 'no-stream', [anEvent(), anEvent()]);
    const stale = handleCommand(fx.store, stream, counter(1), { commandId: 'c', expectedVersion: 1 });
    await expect(stale).rejects.toBeInstanceOf(VersionChanged);
    await expect(stale).rejects.toMatchObject({ expected: 1, actual: 2 });
    expect(await fx.store.readStream(stream)).toHaveLength(2);
  });

  it('without an expected version, a writer that loses a race is decided again on the state the winner left', async () => {
    const stream = aStream();
    // Each lost race is another writer's win, so three writers need at most three attempts each.
    const answers = await Promise.all(
      [1, 2, 3].map((n) => handleCommand(fx.store, stream, counter(1), { commandId: `c-${n}` })),
    );
    expect(answers.map((answer) => answer.state).sort()).toEqual([1, 2, 3]);
    expect(await fx.store.readStream(stream)).toHaveLength(3);
  });

  it('throws the decider’s refusal and writes nothing', async () => {
    const stream = aStream();
    await handleCommand(fx.store, stream, counter(9), { commandId: 'c-1' });
    await expect(handleCommand(fx.store, stream, counter(2), { commandId: 'c-2' })).rejects.toThrow('past 10');
    expect(await fx.store.readStream(stream)).toHaveLength(1);
  });
});
