import { createCalendar } from './working-calendar';

const calendar = createCalendar();
const daysOff = (from: string, to: string) => {
  const days: string[] = [];
  for (let day = from; day <= to; day = next(day)) {
    if (!calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
};
function next(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

describe('Bộ luật Lao động 2019, Điều 112: public holidays', () => {
  it.each([
    ['2026-01-01', 'Tết Dương lịch'],
    ['2026-02-17', 'Tết Nguyên Đán'],
    ['2026-04-26', 'Giỗ Tổ Hùng Vương'],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
    ['2026-04-30', 'Ngày Chiến thắng'],
    ['2026-05-01', 'Ngày Quốc tế Lao động'],
    ['2026-09-02', 'Quốc khánh'],
    ['2026-09-01', 'Quốc khánh'],
  ])('%s is %s', (date, name) => {
    expect(calendar.holidayName(date)).toBe(name);
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it('Giỗ Tổ Hùng Vương 2025 falls on Monday 07/04 and is a day off', () => {
    expect(calendar.workingDaysBetween('2025-04-04', '2025-04-08')).toBe(1);
  });

  it('weekly rest days and working days have no holiday name', () => {
    expect(calendar.holidayName('2026-03-07')).toBeUndefined();
    expect(calendar.holidayName('2026-03-09')).toBeUndefined();
  });

  it('Tết Nguyên Đán 2026: 5 days from 29 tháng Chạp, 9 days off with the weekends (14/02–22/02)', () => {
    expect(daysOff('2026-02-13', '2026-02-23')).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it.each([
    ['Tết Quý Mão 2023: 20/01 (29 tháng Chạp) to 26/01 (mùng 5)', '2023-01-19', '2023-01-27', 20, 26],
    ['Tết Giáp Thìn 2024: 08/02 (29 tháng Chạp) to 14/02 (mùng 5)', '2024-02-07', '2024-02-15', 8, 14],
  ])('%s, 7 days off in a row, the days around them worked', (_, from, to, first, last) => {
    const off = daysOff(from, to).map((day) => Number(day.slice(8)));
    expect(off).toEqual(Array.from({ length: last - first + 1 }, (__, index) => first + index));
  });

  it('2026 swaps: Tết Dương lịch 01/01–04/01 (Saturday 10/01 worked), Quốc khánh 29/08–02/09 (Saturday 22/08 worked)', () => {
    expect(daysOff('2025-12-31', '2026-01-05')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(daysOff('2026-08-28', '2026-09-03')).toEqual([
      '2026-08-29',
      '2026-08-30',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
  });

  it('30/4 – 1/5/2024: Monday 29/04 off in exchange for Saturday 04/05, 27/04 – 01/05 off', () => {
    expect(daysOff('2024-04-26', '2024-05-05')).toEqual([
      '2024-04-27',
      '2024-04-28',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-05-05',
    ]);
  });

  it('Tết Nguyên Đán 2025 follows the official schedule: 28 tháng Chạp to mùng 3 (27/01–31/01)', () => {
    expect(daysOff('2025-01-24', '2025-02-03')).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
  });

  it('without the official schedules, Tết 2025 is 29 tháng Chạp to mùng 4 and Saturday 01/02 gives Monday 03/02 in lieu', () => {
    const byTheRules = createCalendar({ officialSchedules: false });
    expect(byTheRules.isWorkingDay('2025-01-27')).toBe(true);
    expect(byTheRules.holidayName('2025-02-01')).toBe('Tết Nguyên Đán');
    expect(byTheRules.holidayName('2025-02-03')).toBe('Nghỉ bù Tết Nguyên Đán');
  });

  it('a province overrides the Tết schedule of a year (Điều 112 khoản 3)', () => {
    const tet2027 = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'];
    const custom = createCalendar({ lunarNewYearDays: { '2027': tet2027 } });
    expect(custom.holidayName('2027-02-04')).toBe('Tết Nguyên Đán');
    expect(custom.isWorkingDay('2027-02-11')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.holidayName('2027-02-11')).toBe('Nghỉ bù Tết Nguyên Đán');
  });
});

describe('Quốc khánh: 2/9 and one adjacent day', () => {
  it('2025: Monday 01/09 and Tuesday 02/09 off, Wednesday 03/09 worked', () => {
    expect(daysOff('2025-08-29', '2025-09-03')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
  });

  it('the adjacent day is 01/09 by default and 03/09 when configured for the year', () => {
    const after = createCalendar({ nationalDayAdjacentDays: { '2026': '2026-09-03' } });
    expect(calendar.isWorkingDay('2026-09-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
    expect(after.isWorkingDay('2026-09-01')).toBe(true);
    expect(after.holidayName('2026-09-03')).toBe('Quốc khánh');
  });
});

describe('Bộ luật Lao động 2019, Điều 111 khoản 3: a holiday on a weekly rest day gives the next working day off', () => {
  it.each([
    ['Giỗ Tổ Hùng Vương on Sunday 26/04/2026', '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['Tết Dương lịch on Sunday 01/01/2023', '2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    ['Quốc khánh on Saturday 02/09/2028', '2028-09-04', 'Nghỉ bù Quốc khánh'],
  ])('%s gives %s off', (_rule, date, name) => {
    expect(calendar.holidayName(date)).toBe(name);
  });

  it('two holidays on one weekend give two days in lieu: Saturday 01/09 and Sunday 02/09/2029', () => {
    expect(daysOff('2029-08-31', '2029-09-05')).toEqual(['2029-09-01', '2029-09-02', '2029-09-03', '2029-09-04']);
  });

  it('the day in lieu skips the holidays after it: Giỗ Tổ on Saturday 29/04/2023, 30/04 on Sunday, 01/05 on Monday', () => {
    expect(calendar.holidayName('2023-05-02')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(calendar.holidayName('2023-05-03')).toBe('Nghỉ bù Ngày Chiến thắng');
    expect(calendar.isWorkingDay('2023-05-04')).toBe(true);
  });
});

describe('days off and make-up working days declared each year', () => {
  it('30/4 – 1/5/2025: Friday 02/05 off, Saturday 26/04 worked instead (official schedule)', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(daysOff('2025-04-29', '2025-05-05')).toEqual([
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
    ]);
  });

  it('an extra working Saturday counts as a working day', () => {
    const custom = createCalendar({ extraWorkingDays: ['2027-01-09'] });
    expect(calendar.isWorkingDay('2027-01-09')).toBe(false);
    expect(custom.isWorkingDay('2027-01-09')).toBe(true);
    expect(custom.addWorkingDays('2027-01-08', 1)).toBe('2027-01-09');
    expect(custom.workingDaysBetween('2027-01-08', '2027-01-11')).toBe(2);
  });

  it('an extra day off is excluded and named', () => {
    const custom = createCalendar({ extraDaysOff: [{ date: '2027-03-12', name: 'Nghỉ theo quyết định của tỉnh' }] });
    expect(custom.holidayName('2027-03-12')).toBe('Nghỉ theo quyết định của tỉnh');
    expect(calendar.addWorkingDays('2027-03-11', 1)).toBe('2027-03-12');
    expect(custom.addWorkingDays('2027-03-11', 1)).toBe('2027-03-15');
  });

  it('weekly rest days are configurable', () => {
    const sundaysOnly = createCalendar({ weeklyRestDays: ['sunday'] });
    expect(sundaysOnly.isWorkingDay('2026-03-07')).toBe(true);
    expect(sundaysOnly.isWorkingDay('2026-03-08')).toBe(false);
  });
});
