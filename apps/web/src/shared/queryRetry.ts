import { ApiProblem } from '../api/problem';

/**
 * How long a read model may lag behind a user's own write before the page gives up on it: the API
 * holds each read 3 s, so this is minutes, far past a busy worker's lag and short of a stopped one.
 */
const CATCHING_UP_ATTEMPTS = 60;
const CATCHING_UP_DELAY_MS = 1000;
const LOST_ATTEMPTS = 3;

/** A read model still catching up with the user's own write: 202, asked again. */
export const catchingUp = (error: unknown) => error instanceof ApiProblem && error.status === 202;

/**
 * A refusal (4xx) is an answer and is not asked again. A read model still catching up with the
 * user's write (202) is asked again until it is there: a busy worker is no reason to show an error
 * in place of the dossier just registered. A lost answer (network, 5xx) is asked three times, and
 * none while the browser has no network: the page then says "no connection" at once, not a loader.
 */
export function shouldRetry(count: number, error: unknown): boolean {
  if (!navigator.onLine) return false;
  if (catchingUp(error)) return count < CATCHING_UP_ATTEMPTS;
  if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) return false;
  return count < LOST_ATTEMPTS;
}

/** The API's Retry-After for a lagging read is a second; a lost answer backs off as TanStack Query does. */
export const retryDelay = (count: number, error: unknown): number =>
  catchingUp(error) ? CATCHING_UP_DELAY_MS : Math.min(1000 * 2 ** count, 30_000);
