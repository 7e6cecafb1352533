import { calendarOptionsSchema } from './calendar-options';
import { createCalendar } from './working-calendar';

const issues = (options: unknown) => {
  const result = calendarOptionsSchema.safeParse(options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe("a province's calendar configuration", () => {
  it('fills in the defaults: Saturday and Sunday off, official schedules applied', () => {
    expect(calendarOptionsSchema.parse({})).toEqual({
      weeklyRestDays: ['saturday', 'sunday'],
      lunarNewYearDays: {},
      nationalDayAdjacentDays: {},
      extraDaysOff: [],
      extraWorkingDays: [],
      officialSchedules: true,
    });
  });

  it('accepts a complete configuration', () => {
    const options = {
      weeklyRestDays: ['saturday', 'sunday'],
      lunarNewYearDays: { '2027': ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'] },
      nationalDayAdjacentDays: { '2026': '2026-09-03' },
      extraDaysOff: [{ date: '2026-01-02', name: 'Nghỉ hoán đổi dịp Tết Dương lịch' }],
      extraWorkingDays: ['2026-01-10'],
    };
    expect(issues(options)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'Tết Âm lịch is 05 days (Điều 112 khoản 1 điểm b)',
      { lunarNewYearDays: { '2027': ['2027-02-05'] } },
      'lunarNewYearDays.2027',
    ],
    [
      'the Tết days belong to their year',
      { lunarNewYearDays: { '2027': ['2026-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'] } },
      'lunarNewYearDays.2027',
    ],
    [
      'the day next to 2/9 is 1/9 or 3/9 (Điều 112 khoản 1 điểm đ)',
      { nationalDayAdjacentDays: { '2026': '2026-09-04' } },
      'nationalDayAdjacentDays.2026',
    ],
    [
      'a day is not both off and worked',
      { extraDaysOff: [{ date: '2026-01-10', name: 'Nghỉ' }], extraWorkingDays: ['2026-01-10'] },
      'extraDaysOff.0.date',
    ],
    ['a declared day off has a name', { extraDaysOff: [{ date: '2026-01-02', name: ' ' }] }, 'extraDaysOff.0.name'],
    [
      'a week keeps at least one working day',
      { weeklyRestDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
      'weeklyRestDays',
    ],
    ['rest days are not repeated', { weeklyRestDays: ['sunday', 'sunday'] }, 'weeklyRestDays'],
    ['dates are real YYYY-MM-DD dates', { extraWorkingDays: ['2026-02-30'] }, 'extraWorkingDays.0'],
  ])('refuses a configuration that breaks the rule: %s', (_rule, options, path) => {
    expect(issues(options)).toEqual([expect.stringMatching(new RegExp(`^${path}: `))]);
  });

  it('createCalendar refuses an invalid configuration instead of guessing', () => {
    expect(() => createCalendar({ nationalDayAdjacentDays: { '2026': '2026-09-04' } })).toThrow(/1\/9 or 3\/9/);
  });
});
