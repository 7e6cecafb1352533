import fc from 'fast-check';

import { createCalendar } from './working-calendar';

const calendars = [
  ['default', createCalendar()],
  ['Sundays only, no official schedules', createCalendar({ weeklyRestDays: ['sunday'], officialSchedules: false })],
] as const;

const dates = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const counts = fc.integer({ min: 0, max: 80 });

describe.each(calendars)('working-day arithmetic (%s calendar)', (_name, calendar) => {
  it('addWorkingDays lands on a working day', () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(date, n))).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(date, addWorkingDays(date, n)) is n for n >= 1', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 80 }), (date, n) => {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays is monotonic in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        const [here, further] = [calendar.addWorkingDays(date, n), calendar.addWorkingDays(date, n + 1)];
        expect(n === 0 ? further >= here : further > here).toBe(true);
      }),
    );
  });

  it('subtractWorkingDays undoes addWorkingDays from a working day', () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        const workingDay = calendar.addWorkingDays(date, 0);
        expect(calendar.subtractWorkingDays(calendar.addWorkingDays(workingDay, n), n)).toBe(workingDay);
      }),
    );
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(calendar.workingDaysBetween(a, b)).toBe(-calendar.workingDaysBetween(b, a) || 0);
      }),
    );
  });
});
