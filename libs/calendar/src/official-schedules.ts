import schedules from '../data/official-schedules.json';
import { type ResolvedCalendarOptions } from './calendar-options';

export type OfficialSchedules = Pick<
  ResolvedCalendarOptions,
  'lunarNewYearDays' | 'nationalDayAdjacentDays' | 'extraDaysOff' | 'extraWorkingDays'
>;

/*
 * The days off the Government fixed for civil servants (cán bộ, công chức, viên chức), whose
 * working days are the ones administrative deadlines count, 2022–2026, as data
 * (data/official-schedules.json): the 5 days of Tết, the day next to 2/9, and the bridge days
 * swapped with a Saturday (2024: 29/4 for 4/5; 2025: 2/5 for 26/4; 2026: 2/1 for 10/1, 31/8 for
 * 22/8). The rules of `public-holidays.ts` cover every other year and holiday; a province declares
 * its own days through the API (libs/domain calendar-declarations), recorded as events. Imported,
 * not read from disk, so the schedule bundles into the workflows too.
 */
export const OFFICIAL_SCHEDULES: OfficialSchedules = {
  lunarNewYearDays: schedules.lunarNewYearDays,
  nationalDayAdjacentDays: schedules.nationalDayAdjacentDays,
  extraDaysOff: schedules.extraDaysOff,
  extraWorkingDays: schedules.extraWorkingDays,
};
