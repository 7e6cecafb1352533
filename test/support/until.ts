import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls `probe` until it answers (anything but `undefined` or `false`), for the servers'
 * asynchronous work: projections catching up, visibility, a child workflow's start. The wait is a
 * ceiling for a broken system, never a pace a slow machine must keep: a failure names what was
 * awaited and the last answer seen.
 */
export async function until<T>(
  probe: () => Promise<T | false | undefined>,
  what: string,
  waitMs = 300_000,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const answer = await probe();
    if (answer !== undefined && answer !== false) return answer;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${waitMs} ms`);
    await delay(100);
  }
}
