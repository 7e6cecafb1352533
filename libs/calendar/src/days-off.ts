import { type ResolvedCalendarOptions } from './calendar-options';
import { type DayNumber, parseIsoDate, weekdayOf, yearOf } from './iso-date';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { type DaysOff, publicHolidays, withDaysInLieu } from './public-holidays';

/** Which days are off, and why: the rules of the Labour Code plus the year's declared days. */
export interface DaysOffRules {
  isWorkingDay(day: DayNumber): boolean;
  /** The name of the holiday or declared day off; undefined for weekly rest and working days. */
  dayOffName(day: DayNumber): string | undefined;
}

/** The province's options laid over the official schedules: its years win, its declared days add up. */
function withOfficialSchedules(options: ResolvedCalendarOptions): ResolvedCalendarOptions {
  if (!options.officialSchedules) return options;
  return {
    ...options,
    lunarNewYearDays: { ...OFFICIAL_SCHEDULES.lunarNewYearDays, ...options.lunarNewYearDays },
    nationalDayAdjacentDays: { ...OFFICIAL_SCHEDULES.nationalDayAdjacentDays, ...options.nationalDayAdjacentDays },
    extraDaysOff: [...OFFICIAL_SCHEDULES.extraDaysOff, ...options.extraDaysOff],
    extraWorkingDays: [...OFFICIAL_SCHEDULES.extraWorkingDays, ...options.extraWorkingDays],
  };
}

/** Public holidays and days in lieu of a Gregorian year, computed once per year (a pure memo). */
function holidaysByYear(options: ResolvedCalendarOptions, isWeeklyRestDay: (day: DayNumber) => boolean) {
  const computed = new Map<number, DaysOff>();
  return (year: number): DaysOff => {
    let holidays = computed.get(year);
    if (!holidays) {
      const choices = {
        lunarNewYearDays: options.lunarNewYearDays[String(year)],
        nationalDayAdjacentDay: options.nationalDayAdjacentDays[String(year)],
      };
      holidays = withDaysInLieu(publicHolidays(year, choices), isWeeklyRestDay);
      computed.set(year, holidays);
    }
    return holidays;
  };
}

/**
 * Precedence, from the most specific decision to the general rule: a declared make-up working
 * day, a declared day off, a public holiday or its day in lieu, the weekly rest days.
 */
export function daysOffRules(resolved: ResolvedCalendarOptions): DaysOffRules {
  const options = withOfficialSchedules(resolved);
  const restDays = new Set(options.weeklyRestDays);
  const isWeeklyRestDay = (day: DayNumber) => restDays.has(weekdayOf(day));
  const workingDays = new Set(options.extraWorkingDays.map(parseIsoDate));
  const declaredDaysOff = new Map(options.extraDaysOff.map(({ date, name }) => [parseIsoDate(date), name]));
  const holidaysOf = holidaysByYear(options, isWeeklyRestDay);
  const dayOffName = (day: DayNumber) =>
    workingDays.has(day) ? undefined : (declaredDaysOff.get(day) ?? holidaysOf(yearOf(day)).get(day));
  return {
    dayOffName,
    isWorkingDay: (day) => workingDays.has(day) || (dayOffName(day) === undefined && !isWeeklyRestDay(day)),
  };
}
