import type { ActivityOptions } from '@temporalio/workflow';

/** Failure type of an append the database refuses for its content (libs/event-store `UnstorableEvents`). */
export const UNSTORABLE_EVENTS = 'UnstorableEvents';
/** Failure type of an append decided against a version the stream has moved past. */
export const STREAM_VERSION_CONFLICT = 'StreamVersionConflict';

/**
 * Activities behind a command someone is waiting for. Every retry is bounded: an append that can
 * never succeed (text jsonb refuses, a value past the database's limits) fails at once, and
 * anything else (the database restarting) is retried for about a minute, then the command fails
 * and can be sent again — never an endless retry holding the dossier's later commands behind it.
 */
export const COMMAND_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '15 seconds',
    maximumAttempts: 8,
    nonRetryableErrorTypes: [UNSTORABLE_EVENTS, STREAM_VERSION_CONFLICT],
  },
};

/** Notices on the procedure's clocks: nobody waits on them, so more patience (about an hour), still bounded. */
export const NOTICE_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '2 minutes',
    maximumAttempts: 40,
    nonRetryableErrorTypes: [UNSTORABLE_EVENTS],
  },
};

/**
 * A notification delivery pass: nobody waits on it, and the mail server may be down for a while.
 * The wait doubles from 5 s up to 5 minutes, about half an hour in all; then the run rests and tries
 * again (`persistently`). A pass is idempotent, so an attempt timed out while still sending is safe.
 */
export const DELIVERY_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '5 minutes',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '5 minutes',
    maximumAttempts: 12,
    nonRetryableErrorTypes: [UNSTORABLE_EVENTS],
  },
};
