import { createCalendar } from './working-calendar';

const calendar = createCalendar();

describe('Bộ luật Dân sự 2015, Điều 147–148: counting a time limit in working days', () => {
  it.each([
    ['the day of receipt does not count', '2026-03-02', 1, '2026-03-03'],
    ['a week runs over the weekend', '2026-03-02', 5, '2026-03-09'],
    ['10 working days from Friday 13/02/2026 skip the whole Tết break', '2026-02-13', 10, '2026-03-06'],
    ['a limit started on a day off counts from the next day', '2026-02-17', 1, '2026-02-23'],
    ['0 days from a working day is that day', '2026-03-02', 0, '2026-03-02'],
    ['0 days from a holiday is the next working day (Điều 148 khoản 5)', '2026-02-17', 0, '2026-02-23'],
    ['0 days from a Sunday is the Monday', '2026-03-08', 0, '2026-03-09'],
  ])('addWorkingDays: %s (%s + %i = %s)', (_rule, date, workingDays, expected) => {
    expect(calendar.addWorkingDays(date, workingDays)).toBe(expected);
  });

  it.each([
    ['a reminder 2 working days before Tuesday 24/02/2026 skips Tết', '2026-02-24', 2, '2026-02-13'],
    ['1 working day before a Monday is the Friday', '2026-03-09', 1, '2026-03-06'],
    ['0 days before a holiday is the working day before it', '2026-02-17', 0, '2026-02-13'],
  ])('subtractWorkingDays: %s', (_rule, date, workingDays, expected) => {
    expect(calendar.subtractWorkingDays(date, workingDays)).toBe(expected);
  });

  it.each([
    ['2026-02-13', '2026-03-06', 10],
    ['2026-03-06', '2026-02-13', -10],
    ['2026-03-02', '2026-03-02', 0],
    ['2026-02-14', '2026-02-22', 0],
  ])(
    'workingDaysBetween(%s, %s) counts the working days after the first, up to the second: %i',
    (from, to, expected) => {
      expect(calendar.workingDaysBetween(from, to)).toBe(expected);
    },
  );

  it('the next working day after the last working day before Tết 2026 is Monday 23/02', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.nextWorkingDay('2026-03-02')).toBe('2026-03-03');
  });

  it('refuses a negative or fractional number of days and an impossible date', () => {
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.subtractWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('02/03/2026')).toThrow(RangeError);
  });
});

describe('deadline: from an instant to the end of the last working day, Vietnamese time', () => {
  it('10 working days from Friday evening 13/02/2026 end at 24:00 on Friday 06/03/2026', () => {
    expect(calendar.deadline('2026-02-13T20:00:00+07:00', 10)).toEqual({
      date: '2026-03-06',
      instant: '2026-03-06T17:00:00.000Z',
    });
  });

  it('the start date is the date in Việt Nam, not in UTC: 17:30Z on Sunday 01/03 is Monday 02/03 in Hà Nội', () => {
    expect(calendar.deadline('2026-03-01T17:30:00Z', 1).date).toBe('2026-03-03');
    expect(calendar.deadline('2026-03-01T16:30:00Z', 1).date).toBe('2026-03-02');
  });

  it('accepts the workflow time as epoch milliseconds or a Date', () => {
    const now = Date.parse('2026-02-13T02:00:00Z');
    expect(calendar.deadline(now, 10)).toEqual(calendar.deadline(new Date(now), 10));
  });
});
