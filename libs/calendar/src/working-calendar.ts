import { type CalendarOptions, calendarOptionsSchema } from './calendar-options';
import { type DaysOffRules, daysOffRules } from './days-off';
import { type DayNumber, type IsoDate, formatIsoDate, parseIsoDate } from './iso-date';
import { type Instant, endOfVietnamDay, vietnamDateOf } from './vietnam-time';

export interface Deadline {
  /** The last working day of the time limit. */
  readonly date: IsoDate;
  /** When the time limit runs out: 24:00 in Việt Nam at the end of `date`, as ISO 8601 UTC. */
  readonly instant: string;
}

/**
 * Working days of Vietnamese state agencies. Time limits follow Bộ luật Dân sự 2015: the day
 * the time limit starts from is not counted (Điều 147 khoản 2: "ngày đầu tiên của thời hạn
 * không được tính mà tính từ ngày tiếp theo liền kề") and a limit never ends on a day off
 * (Điều 148 khoản 5: it ends at the end of the next working day).
 */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** The holiday, day in lieu or declared day off on `date` (e.g. 'Tết Nguyên Đán'); undefined otherwise. */
  holidayName(date: IsoDate): string | undefined;
  /** The first working day after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * The `workingDays`-th working day after `date`, which itself does not count. With 0, `date`
   * if it is a working day, else the next working day (Điều 148 khoản 5).
   */
  addWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /** The `workingDays`-th working day before `date` (for a reminder ahead of a deadline); with 0, `date` or the working day before it. */
  subtractWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /** Working days in (from, to]: after `from`, up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The time limit of `workingDays` working days counted from the Vietnamese date of `start` (e.g. the workflow's now). */
  deadline(start: Instant, workingDays: number): Deadline;
}

function assertCount(workingDays: number): void {
  if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
    throw new RangeError(
      `Số ngày làm việc phải là số nguyên không âm (must be a non-negative integer): ${workingDays}`,
    );
  }
}

/** The day `workingDays` working days away from `from`, in `direction`. */
function step(rules: DaysOffRules, from: DayNumber, direction: 1 | -1, workingDays: number): DayNumber {
  let day = from;
  for (let counted = 0; counted < workingDays;) {
    day += direction;
    if (rules.isWorkingDay(day)) counted++;
  }
  return day;
}

function move(rules: DaysOffRules, date: IsoDate, direction: 1 | -1, workingDays: number): IsoDate {
  assertCount(workingDays);
  const from = parseIsoDate(date);
  const atLeastOne = workingDays === 0 && !rules.isWorkingDay(from) ? 1 : workingDays;
  return formatIsoDate(step(rules, from, direction, atLeastOne));
}

/** Working days in (from, to], for from <= to. */
function countBetween(rules: DaysOffRules, from: DayNumber, to: DayNumber): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (rules.isWorkingDay(day)) count++;
  return count;
}

/** @throws ZodError when the options are invalid (see `calendarOptionsSchema`). */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const rules = daysOffRules(calendarOptionsSchema.parse(options));
  const calendar: WorkingCalendar = {
    isWorkingDay: (date) => rules.isWorkingDay(parseIsoDate(date)),
    holidayName: (date) => rules.dayOffName(parseIsoDate(date)),
    nextWorkingDay: (date) => formatIsoDate(step(rules, parseIsoDate(date), 1, 1)),
    addWorkingDays: (date, workingDays) => move(rules, date, 1, workingDays),
    subtractWorkingDays: (date, workingDays) => move(rules, date, -1, workingDays),
    workingDaysBetween: (from, to) => {
      const [a, b] = [parseIsoDate(from), parseIsoDate(to)];
      return a <= b ? countBetween(rules, a, b) : -countBetween(rules, b, a);
    },
    deadline: (start, workingDays) => {
      const date = calendar.addWorkingDays(vietnamDateOf(start), workingDays);
      return { date, instant: endOfVietnamDay(date) };
    },
  };
  return calendar;
}
