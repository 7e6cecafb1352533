import { describe, expect, it } from 'vitest';

import { firstWorkingDayFrom, workingDaysLeft } from './workingDays';

describe('workingDaysLeft', () => {
  it('counts weekdays after today up to the due day, less days off, plus Saturdays worked', () => {
    const calendar = { daysOff: [{ date: '2026-09-02' }], workingDays: [{ date: '2026-08-22' }] };
    // After Fri 21/8 up to Thu 3/9: Sat 22/8 worked, 24–28/8, 31/8, 1/9 and 3/9 (2/9 is off).
    expect(workingDaysLeft('2026-08-21', '2026-09-03', [calendar])).toBe(9);
    expect(workingDaysLeft('2026-09-03', '2026-09-03', [calendar])).toBe(0);
    expect(workingDaysLeft('2026-09-04', '2026-09-03', [calendar])).toBe(0);
  });
});

describe('firstWorkingDayFrom', () => {
  it('keeps a working day, and moves a weekend or a day off to the next working day', () => {
    const calendar = {
      daysOff: [{ date: '2026-09-01' }, { date: '2026-09-02' }],
      workingDays: [{ date: '2026-08-22' }],
    };
    expect(firstWorkingDayFrom('2026-08-21', [calendar])).toBe('2026-08-21');
    expect(firstWorkingDayFrom('2026-08-22', [calendar])).toBe('2026-08-22');
    expect(firstWorkingDayFrom('2026-08-29', [calendar])).toBe('2026-08-31');
    expect(firstWorkingDayFrom('2026-09-01', [calendar])).toBe('2026-09-03');
  });
});
