import { type ResolvedCalendarOptions } from './calendar-options';

type OfficialSchedules = Pick<
  ResolvedCalendarOptions,
  'lunarNewYearDays' | 'nationalDayAdjacentDays' | 'extraDaysOff' | 'extraWorkingDays'
>;

/*
 * The days off the Government fixed for civil servants (cán bộ, công chức, viên chức), whose
 * working days are the ones administrative deadlines count. Only decisions known with
 * confidence are listed; the rules of `public-holidays.ts` cover every other year and holiday.
 * A province's configuration adds or corrects years as each notice is published.
 */
export const OFFICIAL_SCHEDULES: OfficialSchedules = {
  lunarNewYearDays: {
    // Tết Ất Tỵ: 28 tháng Chạp (27/01) to mùng 3 (31/01); with the weekends, 25/01 to 02/02/2025.
    '2025': ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    // Tết Bính Ngọ: 29 tháng Chạp (16/02) to mùng 4 (20/02); with the weekends, 14/02 to 22/02/2026.
    '2026': ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  },
  nationalDayAdjacentDays: {
    '2025': '2025-09-01',
  },
  // 30/4 – 1/5/2025: Friday 02/05 off in exchange for Saturday 26/04, for 5 days off in a row.
  extraDaysOff: [{ date: '2025-05-02', name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' }],
  extraWorkingDays: ['2025-04-26'],
};
