import { isIsoDate } from '@ntm/calendar';

import { ConflictError, fail, ok, type Result, ValidationError } from './errors';
import type { Level } from './rules';

/**
 * Many communes were recognised on paper before this system existed. The province's coordinator
 * records such a recognition (unit, level, year, decision number and date) as an audited event of
 * the stream `earlier-recognitions-<unit>`, so that it counts as a prerequisite (prerequisites.ts).
 */
export interface EarlierRecognition {
  readonly unitCode: string;
  readonly level: Level;
  readonly year: number;
  readonly decisionNumber: string;
  /** ISO date of signature. */
  readonly decisionDate: string;
}

export interface EarlierRecognitionRecorded {
  readonly type: 'EarlierRecognitionRecorded';
  readonly data: EarlierRecognition;
}

export interface RecordEarlierRecognition {
  readonly type: 'RecordEarlierRecognition';
  readonly data: EarlierRecognition;
}

/** The programme's recognitions began with QĐ 800/QĐ-TTg (2010): no earlier year is a recognition of it. */
const FIRST_YEAR = 2010;

/** Types this fold does not know (written by a later version) are skipped. */
export function foldEarlierRecognitions(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: readonly EarlierRecognition[] = [],
): readonly EarlierRecognition[] {
  return events.reduce<readonly EarlierRecognition[]>(
    (recorded, event) =>
      event.type === 'EarlierRecognitionRecorded'
        ? [...recorded, (event as EarlierRecognitionRecorded).data]
        : recorded,
    from,
  );
}

/**
 * A recognition of a year since 2010, decided that year or later and not after today, once per
 * level and year (a second one is a mistake, not a new fact). `today`: the Vietnam date of the command.
 */
export function decideEarlierRecognition(
  command: RecordEarlierRecognition,
  recorded: readonly EarlierRecognition[],
  today: string,
): Result<EarlierRecognitionRecorded[]> {
  const { level, year, decisionNumber, decisionDate } = command.data;
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear)
    return invalid('year', `Năm công nhận từ ${FIRST_YEAR} đến ${thisYear}.`, `The year is ${FIRST_YEAR}–${thisYear}.`);
  if (decisionNumber.trim() === '')
    return invalid('decisionNumber', 'Cần số quyết định công nhận.', 'The decision number is required.');
  if (!isIsoDate(decisionDate) || decisionDate > today || Number(decisionDate.slice(0, 4)) < year)
    return invalid(
      'decisionDate',
      `Ngày quyết định phải là một ngày từ năm ${year} đến hôm nay.`,
      `The decision date must be a date from ${year} to today.`,
    );
  const same = recorded.find((r) => r.level === level && r.year === year);
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

function invalid<T>(field: string, messageVi: string, messageEn: string): Result<T> {
  return fail(new ValidationError({ code: 'validation', messageVi, messageEn, details: { field } }));
}
