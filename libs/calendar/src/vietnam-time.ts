import { type IsoDate, formatIsoDate, parseIsoDate } from './iso-date';

/*
 * Giờ Việt Nam is UTC+7 all year (no daylight saving), so converting between an instant and a
 * Vietnamese calendar date is plain arithmetic: nothing here depends on the host's time zone.
 */

/** An instant: an ISO 8601 date-time with an explicit offset (`Z` or `±HH:MM`), epoch milliseconds or a `Date`. */
export type Instant = string | number | Date;

const MILLISECONDS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MILLISECONDS = 7 * 3_600_000;
/** Julian Day Number of 1970-01-01, the Unix epoch's date. */
const UNIX_EPOCH_DAY_NUMBER = 2_440_588;
/** An offset is required: without one, `Date.parse` would read the string in the host's time zone. */
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** @throws RangeError when the instant is not a valid date-time with an explicit offset. */
export function epochMillisecondsOf(instant: Instant): number {
  if (typeof instant === 'string' && !DATE_TIME_WITH_OFFSET.test(instant)) {
    throw new RangeError(
      `Thời điểm cần có múi giờ, ví dụ 2026-02-13T09:30:00+07:00 (instant needs an offset): ${instant}`,
    );
  }
  // `typeof` rather than `instanceof Date`: a workflow sandbox has its own `Date` class.
  const milliseconds =
    typeof instant === 'object' ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
  if (!Number.isFinite(milliseconds)) {
    throw new RangeError(`Thời điểm không hợp lệ (invalid instant): ${String(instant)}`);
  }
  return milliseconds;
}

/** The date in Việt Nam (UTC+7) at `instant`. */
export function vietnamDateOf(instant: Instant): IsoDate {
  const localDays = Math.floor((epochMillisecondsOf(instant) + VIETNAM_OFFSET_MILLISECONDS) / MILLISECONDS_PER_DAY);
  return formatIsoDate(localDays + UNIX_EPOCH_DAY_NUMBER);
}

/** The instant 00:00 in Việt Nam starts `date`, as ISO 8601 UTC (`2026-02-23T00:00+07:00` is `2026-02-22T17:00:00.000Z`). */
export function startOfVietnamDay(date: IsoDate): string {
  const localDays = parseIsoDate(date) - UNIX_EPOCH_DAY_NUMBER;
  return new Date(localDays * MILLISECONDS_PER_DAY - VIETNAM_OFFSET_MILLISECONDS).toISOString();
}

/**
 * The instant `date` ends in Việt Nam: 24:00 local, i.e. the start of the next day (exclusive).
 * Bộ luật Dân sự 2015, Điều 148 khoản 6: "Thời điểm kết thúc ngày cuối cùng của thời hạn vào lúc
 * hai mươi tư giờ của ngày đó." A deadline timer firing at this instant means the time is up.
 */
export function endOfVietnamDay(date: IsoDate): string {
  return startOfVietnamDay(formatIsoDate(parseIsoDate(date) + 1));
}
