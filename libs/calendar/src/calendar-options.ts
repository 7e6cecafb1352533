import { z } from 'zod';

import { isIsoDate } from './iso-date';

const isoDate = z.string().refine(isIsoDate, 'phải là ngày dạng YYYY-MM-DD (a YYYY-MM-DD date)');
const year = z.string().regex(/^\d{4}$/, 'phải là năm 4 chữ số (a 4-digit year)');

/** Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: "Tết Âm lịch: 05 ngày". */
const lunarNewYearDays = z
  .array(isoDate)
  .length(5, 'Tết Âm lịch là 05 ngày (Tết is 5 days off)')
  .refine((days) => new Set(days).size === days.length, 'các ngày không được trùng nhau (days must be distinct)');

const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const declaredDayOff = z.object({
  date: isoDate,
  /** Why the day is off, shown to users (e.g. 'Nghỉ hoán đổi dịp 30/4 – 1/5'). */
  name: z.string().trim().min(1),
});

type Report = (path: (string | number)[], message: string) => void;

function checkLunarNewYearYears(byYear: Record<string, string[]>, report: Report): void {
  for (const [key, days] of Object.entries(byYear)) {
    if (days.some((day) => !day.startsWith(`${key}-`))) {
      report(['lunarNewYearDays', key], `các ngày phải thuộc năm ${key} (days must be in ${key})`);
    }
  }
}

/** Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ: "01 ngày liền kề trước hoặc sau" 2/9. */
function checkNationalDayAdjacentDays(byYear: Record<string, string>, report: Report): void {
  for (const [key, day] of Object.entries(byYear)) {
    if (day !== `${key}-09-01` && day !== `${key}-09-03`) {
      report(['nationalDayAdjacentDays', key], `phải là ${key}-09-01 hoặc ${key}-09-03 (must be 1/9 or 3/9)`);
    }
  }
}

function checkNoDayBothOffAndWorked(
  options: { extraDaysOff: { date: string }[]; extraWorkingDays: string[] },
  report: Report,
): void {
  const working = new Set(options.extraWorkingDays);
  options.extraDaysOff.forEach(({ date }, index) => {
    if (working.has(date)) {
      report(['extraDaysOff', index, 'date'], 'ngày này cũng là ngày làm bù (also declared a working day)');
    }
  });
}

/**
 * A province's working calendar, as read from its configuration file. Every field is optional;
 * years listed here override the official schedules shipped in `official-schedules.ts`.
 */
export const calendarOptionsSchema = z
  .object({
    /** Quyết định 188/1999/QĐ-TTg: state agencies work 40 hours a week and rest on Saturday and Sunday. */
    weeklyRestDays: z
      .array(weekday)
      .max(6, 'phải còn ít nhất một ngày làm việc trong tuần (at least one working weekday)')
      .refine((days) => new Set(days).size === days.length, 'các ngày không được trùng nhau (days must be distinct)')
      .default(['saturday', 'sunday']),
    /** Điều 112 khoản 3: the 5 days of Tết the Prime Minister fixes for a year, keyed by Gregorian year. */
    lunarNewYearDays: z.record(year, lunarNewYearDays).default({}),
    /** Điều 112 khoản 1 điểm đ: the day off next to 2/9, `YYYY-09-01` or `YYYY-09-03`, keyed by year. */
    nationalDayAdjacentDays: z.record(year, isoDate).default({}),
    /** Days off declared for the year (e.g. a bridge day swapped with a Saturday). */
    extraDaysOff: z.array(declaredDayOff).default([]),
    /** Make-up working days (e.g. the Saturday worked in exchange for a bridge day). */
    extraWorkingDays: z.array(isoDate).default([]),
    /** Whether the official schedules shipped with this library apply. */
    officialSchedules: z.boolean().default(true),
  })
  .superRefine((options, context) => {
    const report: Report = (path, message) => context.addIssue({ code: 'custom', path, message });
    checkLunarNewYearYears(options.lunarNewYearDays, report);
    checkNationalDayAdjacentDays(options.nationalDayAdjacentDays, report);
    checkNoDayBothOffAndWorked(options, report);
  });

/** Options as written in a configuration file or passed to `createCalendar`. */
export type CalendarOptions = z.input<typeof calendarOptionsSchema>;

/** Options after validation, with every default filled in. */
export type ResolvedCalendarOptions = z.output<typeof calendarOptionsSchema>;
