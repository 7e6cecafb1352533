/**
 * A calendar date in Việt Nam, written `YYYY-MM-DD`. It names a day, not an instant: which
 * instants belong to it is decided in `vietnam-time.ts` (UTC+7).
 */
export type IsoDate = string;

/** Julian Day Number: an integer count of days, the scale every computation here works on. */
export type DayNumber = number;

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** In the order of `(dayNumber + 1) % 7`: the Julian Day Number 0 was a Monday. */
const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian date to Julian Day Number (the integer arithmetic used by Hồ Ngọc Đức's lunar calendar). */
export function dayNumberOf(day: number, month: number, year: number): DayNumber {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Julian Day Number to Gregorian `[day, month, year]`. */
export function gregorianOf(dayNumber: DayNumber): [day: number, month: number, year: number] {
  const a = dayNumber + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  return [day, month, b * 100 + d - 4800 + Math.floor(m / 10)];
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [day, month, year] = [Number(match[3]), Number(match[2]), Number(match[1])];
  const [d, m, y] = gregorianOf(dayNumberOf(day, month, year));
  return d === day && m === month && y === year;
}

/** @throws RangeError when `date` is not a real `YYYY-MM-DD` date (e.g. `2025-02-29`). */
export function parseIsoDate(date: IsoDate): DayNumber {
  if (!isIsoDate(date)) {
    throw new RangeError(`Ngày không hợp lệ, cần dạng YYYY-MM-DD (invalid date, expected YYYY-MM-DD): ${date}`);
  }
  return dayNumberOf(Number(date.slice(8, 10)), Number(date.slice(5, 7)), Number(date.slice(0, 4)));
}

export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const [day, month, year] = gregorianOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearOf(dayNumber: DayNumber): number {
  return gregorianOf(dayNumber)[2];
}

export function weekdayOf(dayNumber: DayNumber): Weekday {
  return WEEKDAYS[(dayNumber + 1) % 7] as Weekday;
}
