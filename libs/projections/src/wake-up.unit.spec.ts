import { WakeUp } from './wake-up';

describe('wake-up', () => {
  it('ends a sleep early when events are announced', async () => {
    const wakeUp = new WakeUp();
    const started = Date.now();
    const sleeping = wakeUp.sleep(wakeUp.generation, 10_000);
    wakeUp.wake();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not sleep through an announcement made while the loop was reading', async () => {
    const wakeUp = new WakeUp();
    const seen = wakeUp.generation;
    wakeUp.wake();
    const started = Date.now();
    await wakeUp.sleep(seen, 10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('sleeps until the timeout when nothing is announced', async () => {
    const wakeUp = new WakeUp();
    const started = Date.now();
    await wakeUp.sleep(wakeUp.generation, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
