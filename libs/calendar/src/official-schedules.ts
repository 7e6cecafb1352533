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
    // Tết Quý Mão: 20/01 (29 tháng Chạp) to 26/01/2023 (mùng 5), Friday to Thursday: the 5 weekdays off.
    '2023': ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'],
    // Tết Giáp Thìn: 08/02 (29 tháng Chạp) to 14/02/2024 (mùng 5), Thursday to Wednesday: the 5 weekdays off.
    '2024': ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'],
    // Tết Ất Tỵ: 28 tháng Chạp (27/01) to mùng 3 (31/01); with the weekends, 25/01 to 02/02/2025.
    '2025': ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    // Tết Bính Ngọ: 29 tháng Chạp (16/02) to mùng 4 (20/02); with the weekends, 14/02 to 22/02/2026.
    '2026': ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  },
  nationalDayAdjacentDays: {
    '2025': '2025-09-01',
  },
  // Bridge days off in exchange for a Saturday worked (the Prime Minister's yearly decision):
  // 30/4 – 1/5/2024: Monday 29/04 off, Saturday 04/05 worked (27/04 – 01/05 off);
  // 30/4 – 1/5/2025: Friday 02/05 off, Saturday 26/04 worked (30/04 – 04/05 off);
  // Tết Dương lịch 2026: Friday 02/01 off, Saturday 10/01 worked (01/01 – 04/01 off);
  // Quốc khánh 2026: Monday 31/08 off, Saturday 22/08 worked (29/08 – 02/09 off).
  extraDaysOff: [
    { date: '2024-04-29', name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi dịp Tết Dương lịch' },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi dịp Quốc khánh' },
  ],
  extraWorkingDays: ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'],
};
