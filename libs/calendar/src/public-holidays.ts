import { type DayNumber, type IsoDate, dayNumberOf, parseIsoDate } from './iso-date';
import { dayNumberOfLunarDate } from './lunar-calendar';

/** Holiday names as the Labour Code writes them (Bộ luật Lao động 2019, Điều 112 khoản 1). */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  lunarNewYear: 'Tết Nguyên Đán',
  victoryDay: 'Ngày Chiến thắng',
  labourDay: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
  hungKingsCommemoration: 'Giỗ Tổ Hùng Vương',
} as const;

/** What the Prime Minister fixes each year (Điều 112 khoản 3); absent, the defaults below apply. */
export interface YearlyHolidayChoices {
  /** The 5 days off of Tết Nguyên Đán. */
  readonly lunarNewYearDays?: readonly IsoDate[];
  /** The day next to 2/9: 1/9 or 3/9. */
  readonly nationalDayAdjacentDay?: IsoDate;
}

export type DaysOff = ReadonlyMap<DayNumber, string>;

/**
 * Default Tết break: the last day of the lunar year (29 or 30 tháng Chạp) and the first 4 days
 * of the new one, the split the Government has chosen in recent years.
 */
function defaultLunarNewYearDays(year: number): DayNumber[] {
  const firstDay = dayNumberOfLunarDate({ day: 1, month: 1, year, leap: false });
  return [-1, 0, 1, 2, 3].map((offset) => firstDay + offset);
}

/** Bộ luật Lao động 2019, Điều 112 khoản 1: the paid public holidays of the Gregorian `year`. */
export function publicHolidays(year: number, choices: YearlyHolidayChoices = {}): DaysOff {
  const holidays = new Map<DayNumber, string>();
  const lunarNewYear = choices.lunarNewYearDays?.map(parseIsoDate) ?? defaultLunarNewYearDays(year);
  const nationalDayAdjacent = choices.nationalDayAdjacentDay
    ? parseIsoDate(choices.nationalDayAdjacentDay)
    : dayNumberOf(1, 9, year);
  holidays.set(dayNumberOf(1, 1, year), HOLIDAY_NAMES.newYear);
  lunarNewYear.forEach((day) => holidays.set(day, HOLIDAY_NAMES.lunarNewYear));
  holidays.set(dayNumberOfLunarDate({ day: 10, month: 3, year, leap: false }), HOLIDAY_NAMES.hungKingsCommemoration);
  holidays.set(dayNumberOf(30, 4, year), HOLIDAY_NAMES.victoryDay);
  holidays.set(dayNumberOf(1, 5, year), HOLIDAY_NAMES.labourDay);
  holidays.set(nationalDayAdjacent, HOLIDAY_NAMES.nationalDay);
  holidays.set(dayNumberOf(2, 9, year), HOLIDAY_NAMES.nationalDay);
  return holidays;
}

/**
 * Bộ luật Lao động 2019, Điều 111 khoản 3: "Nếu ngày nghỉ lễ, tết ... trùng vào ngày nghỉ hằng
 * tuần thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp." Holidays
 * are taken in date order so that two holidays on one weekend give two consecutive days in lieu.
 */
export function withDaysInLieu(holidays: DaysOff, isWeeklyRestDay: (day: DayNumber) => boolean): DaysOff {
  const daysOff = new Map(holidays);
  const inOrder = [...holidays].sort(([a], [b]) => a - b);
  for (const [day, name] of inOrder) {
    if (!isWeeklyRestDay(day)) continue;
    let inLieu = day + 1;
    while (isWeeklyRestDay(inLieu) || daysOff.has(inLieu)) inLieu++;
    daysOff.set(inLieu, `Nghỉ bù ${name}`);
  }
  return daysOff;
}
