import { setTimeout as delay } from 'node:timers/promises';

/** Polls `check` until it holds, for a server's asynchronous work (a child's start, a continue-as-new). */
export async function until(check: () => Promise<boolean>, what: string, waitMs = 10_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${waitMs} ms`);
    await delay(100);
  }
}
