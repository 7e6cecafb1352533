import fc from 'fast-check';

import { lunarDateOf, solarDateOf } from './lunar-calendar';

describe('Vietnamese lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it.each([
    [2000, '2000-02-05'],
    [2005, '2005-02-09'],
    [2007, '2007-02-17'],
    [2010, '2010-02-14'],
    [2015, '2015-02-19'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết Nguyên Đán (1/1 âm lịch) %i falls on %s', (year, date) => {
    expect(solarDateOf({ day: 1, month: 1, year, leap: false })).toBe(date);
    expect(lunarDateOf(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each([
    [1985, '1985-01-21', 'China: 1985-02-20'],
    [2030, '2030-02-02', 'China: 2030-02-03, the new moon falls at 23:07 in Hà Nội, 00:07 in Beijing'],
  ])('computes for Việt Nam, not China: Tết %i falls on %s (%s)', (year, date) => {
    expect(solarDateOf({ day: 1, month: 1, year, leap: false })).toBe(date);
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ Hùng Vương (10/3 âm lịch) %i falls on %s', (year, date) => {
    expect(solarDateOf({ day: 10, month: 3, year, leap: false })).toBe(date);
  });

  it.each([
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
    ['2026-02-16', { day: 29, month: 12, year: 2025, leap: false }],
  ])('the last day of the lunar year (tất niên) %s is 29 or 30 tháng Chạp', (date, lunar) => {
    expect(lunarDateOf(date)).toEqual(lunar);
  });

  it.each([
    ['2023-03-22', { day: 1, month: 2, year: 2023, leap: true }],
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }],
  ])('a leap month (tháng nhuận) starts on %s', (date, lunar) => {
    expect(lunarDateOf(date)).toEqual(lunar);
    expect(solarDateOf(lunar)).toBe(date);
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => solarDateOf({ day: 1, month: 3, year: 2025, leap: true })).toThrow(RangeError);
    expect(() => solarDateOf({ day: 1, month: 3, year: 2026, leap: true })).toThrow(RangeError);
  });

  it('converts every day 1968–2150 to a lunar date and back', () => {
    const dates = fc
      .date({ min: new Date('1968-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (date) => {
        const lunar = lunarDateOf(date);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(solarDateOf(lunar)).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });
});
