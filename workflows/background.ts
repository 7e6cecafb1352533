import { ActivityFailure, ApplicationFailure, isCancellation, log, sleep } from '@temporalio/workflow';

import { UNSTORABLE_EVENTS } from './activity-options';
import { STORE_UNAVAILABLE } from './dossier/failures';

/** How long work nobody waits on rests after its activity spent its bounded retries, before trying again. */
export const BACKGROUND_RETRY_PAUSE = '10 minutes';

/**
 * Work nobody waits on (a clock's notice, a signal's record) has no caller to hand a failure to,
 * and a failure thrown from a signal handler or from the workflow's own code fails the whole
 * workflow, its clocks with it. So once the activity's bounded retries are spent (the store down
 * for long), the work rests and is tried again; what can never succeed (content the store
 * refuses, a command the rules now refuse) is logged and given up. Cancellation and bugs still
 * propagate.
 */
export async function persistently<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  for (;;) {
    try {
      return await work();
    } catch (failure) {
      if (isCancellation(failure) || !(failure instanceof ActivityFailure || failure instanceof ApplicationFailure))
        throw failure;
      if (neverSucceeds(failure)) {
        log.error(`${what}: given up`, { failure: failure.message });
        return undefined;
      }
      log.warn(`${what}: failed, trying again in ${BACKGROUND_RETRY_PAUSE}`, { failure: failure.message });
      await sleep(BACKGROUND_RETRY_PAUSE);
    }
  }
}

/** An activity's content refused by the store, or a command refused (by the rules, or as unstorable). */
function neverSucceeds(failure: ActivityFailure | ApplicationFailure): boolean {
  if (failure instanceof ActivityFailure) {
    return failure.cause instanceof ApplicationFailure && failure.cause.type === UNSTORABLE_EVENTS;
  }
  return failure.type !== STORE_UNAVAILABLE;
}
