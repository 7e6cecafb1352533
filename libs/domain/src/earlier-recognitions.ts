import { isIsoDate } from '@ntm/calendar';

import { ConflictError, fail, NotFoundError, ok, type Result, ValidationError } from './errors';
import type { Level } from './rules';

/**
 * Many communes were recognised on paper before this system existed. The province's coordinator
 * records such a recognition (unit, level, year, decision number and date) as an audited event of
 * the stream `earlier-recognitions-<unit>`, so that it counts as a prerequisite (prerequisites.ts),
 * and records its revocation on paper too, after which it no longer counts.
 */
export interface EarlierRecognition {
  readonly unitCode: string;
  readonly level: Level;
  readonly year: number;
  readonly decisionNumber: string;
  /** ISO date of signature. */
  readonly decisionDate: string;
}

/** The recognition of `level` and `year` revoked by the decision `decisionNumber` of `decisionDate`. */
export type EarlierRevocation = EarlierRecognition;

/** A recognition as recorded, with the revocation that ended it, if any. */
export interface RecordedRecognition extends EarlierRecognition {
  readonly revokedBy?: { readonly decisionNumber: string; readonly decisionDate: string };
}

export type EarlierRecognitionEvent =
  | { readonly type: 'EarlierRecognitionRecorded'; readonly data: EarlierRecognition }
  | { readonly type: 'EarlierRecognitionRevoked'; readonly data: EarlierRevocation };

export type EarlierRecognitionCommand =
  | { readonly type: 'RecordEarlierRecognition'; readonly data: EarlierRecognition }
  | { readonly type: 'RevokeEarlierRecognition'; readonly data: EarlierRevocation };

/** The programme's recognitions began with QĐ 800/QĐ-TTg (2010): no earlier year is a recognition of it. */
const FIRST_YEAR = 2010;

const sameRecognition = (
  a: Pick<EarlierRecognition, 'level' | 'year'>,
  b: Pick<EarlierRecognition, 'level' | 'year'>,
) => a.level === b.level && a.year === b.year;

/** Types this fold does not know (written by a later version) are skipped. */
export function foldEarlierRecognitions(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: readonly RecordedRecognition[] = [],
): readonly RecordedRecognition[] {
  return events.reduce<readonly RecordedRecognition[]>((recorded, event) => {
    if (event.type === 'EarlierRecognitionRecorded') return [...recorded, event.data as EarlierRecognition];
    if (event.type !== 'EarlierRecognitionRevoked') return recorded;
    const { decisionNumber, decisionDate, ...revoked } = event.data as EarlierRevocation;
    return recorded.map((r) =>
      sameRecognition(r, revoked) ? { ...r, revokedBy: { decisionNumber, decisionDate } } : r,
    );
  }, from);
}

/**
 * A recognition of a year since 2010, decided that year or later and not after today, once per
 * level and year (a second one is a mistake, not a new fact); its revocation once, dated from the
 * recognition's decision to today. `today`: the Vietnam date of the command.
 */
export function decideEarlierRecognition(
  command: EarlierRecognitionCommand,
  recorded: readonly RecordedRecognition[],
  today: string,
): Result<EarlierRecognitionEvent[]> {
  const { year, decisionNumber, decisionDate } = command.data;
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear)
    return invalid('year', `Năm công nhận từ ${FIRST_YEAR} đến ${thisYear}.`, `The year is ${FIRST_YEAR}–${thisYear}.`);
  if (decisionNumber.trim() === '')
    return invalid('decisionNumber', 'Cần số quyết định.', 'The decision number is required.');
  const same = recorded.find((r) => sameRecognition(r, command.data));
  if (command.type === 'RevokeEarlierRecognition') return revoke(command.data, same, today);
  if (!isIsoDate(decisionDate) || decisionDate > today || Number(decisionDate.slice(0, 4)) < year)
    return invalid(
      'decisionDate',
      `Ngày quyết định phải là một ngày từ năm ${year} đến hôm nay.`,
      `The decision date must be a date from ${year} to today.`,
    );
  if (same) {
    return fail(
      new ConflictError({
        code: 'earlier-recognition.already-recorded',
        messageVi: `Đơn vị đã có quyết định công nhận ${same.decisionNumber} cho mức và năm này.`,
        messageEn: `The unit already has recognition ${same.decisionNumber} for this level and year.`,
        details: { decisionNumber: same.decisionNumber },
      }),
    );
  }
  return ok([{ type: 'EarlierRecognitionRecorded', data: command.data }]);
}

function revoke(
  revocation: EarlierRevocation,
  recognition: RecordedRecognition | undefined,
  today: string,
): Result<EarlierRecognitionEvent[]> {
  if (!recognition) {
    return fail(
      new NotFoundError({
        code: 'earlier-recognition.not-found',
        messageVi: 'Chưa ghi nhận quyết định công nhận nào của đơn vị cho mức và năm này.',
        messageEn: 'No recognition of the unit is recorded for this level and year.',
        details: { field: 'year' },
      }),
    );
  }
  if (recognition.revokedBy) {
    const { decisionNumber } = recognition.revokedBy;
    return fail(
      new ConflictError({
        code: 'earlier-recognition.already-revoked',
        messageVi: `Quyết định công nhận ${recognition.decisionNumber} đã bị thu hồi (${decisionNumber}).`,
        messageEn: `Recognition ${recognition.decisionNumber} is already revoked (${decisionNumber}).`,
        details: { decisionNumber },
      }),
    );
  }
  const { decisionDate } = revocation;
  if (!isIsoDate(decisionDate) || decisionDate > today || decisionDate < recognition.decisionDate)
    return invalid(
      'decisionDate',
      `Ngày quyết định thu hồi phải từ ngày công nhận (${recognition.decisionDate}) đến hôm nay.`,
      `The revocation is dated from the recognition (${recognition.decisionDate}) to today.`,
    );
  return ok([{ type: 'EarlierRecognitionRevoked', data: revocation }]);
}

function invalid<T>(field: string, messageVi: string, messageEn: string): Result<T> {
  return fail(new ValidationError({ code: 'validation', messageVi, messageEn, details: { field } }));
}
