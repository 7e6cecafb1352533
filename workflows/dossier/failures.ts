import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

import { DomainError } from '@ntm/domain';

import { UNSTORABLE_EVENTS } from '../activity-options';

/** Failure type of a command whose append could not reach the store: the client may send it again. */
export const STORE_UNAVAILABLE = 'StoreUnavailable';

/** Failure type of a command sent on a version (`If-Match`) the dossier has moved past. */
export const VERSION_CHANGED = 'dossier.version-changed';

export interface VersionChangedDetails {
  readonly expected: number;
  readonly current: number;
}

/** The command was sent on a version the dossier has moved past: nothing is decided, 412 with the current one. */
export function versionChanged(expected: number, current: number): ApplicationFailure {
  const details: VersionChangedDetails = { expected, current };
  return ApplicationFailure.create({
    type: VERSION_CHANGED,
    message: `sent on version ${expected}, the dossier is at version ${current}`,
    nonRetryable: true,
    details: [details],
  });
}

/** A refused command: non-retryable, typed by the domain code, details for problem+json. */
export function refusal(error: DomainError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.code,
    message: error.messageEn,
    nonRetryable: true,
    details: [error.toJSON()],
  });
}

/** Content the database refuses (libs/event-store `UnstorableEvents`), as the caller is told it. */
export const UNSTORABLE_RECORD = new DomainError('validation', {
  code: 'event.unstorable',
  messageVi: 'Dữ liệu không lưu được vào hồ sơ (ký tự hoặc kích thước không hợp lệ); hồ sơ không thay đổi.',
  messageEn: 'The record cannot store this data (invalid characters or size); the dossier is unchanged.',
});

/**
 * What a failed append means for the command and for the run: content the database refuses is
 * the caller's error and nothing was written; anything else (the store unreachable until the
 * retries ran out, a version the stream has moved past) leaves the run unsure of the record.
 */
export function storeFailure(failure: unknown): {
  readonly error: ApplicationFailure;
  readonly outcomeUnknown: boolean;
} {
  const cause = failure instanceof ActivityFailure ? failure.cause : undefined;
  if (cause instanceof ApplicationFailure && cause.type === UNSTORABLE_EVENTS) {
    return { error: refusal(UNSTORABLE_RECORD), outcomeUnknown: false };
  }
  const error = ApplicationFailure.create({
    type: STORE_UNAVAILABLE,
    message: 'the event store did not take the command; it may be sent again',
    nonRetryable: true,
  });
  return { error, outcomeUnknown: true };
}
