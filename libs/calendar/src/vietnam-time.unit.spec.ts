import { endOfVietnamDay, startOfVietnamDay, vietnamDateOf } from './vietnam-time';

describe('Vietnamese time (UTC+7, no daylight saving)', () => {
  it.each([
    ['2026-02-13T16:59:59.999Z', '2026-02-13'],
    ['2026-02-13T17:00:00Z', '2026-02-14'],
    ['2026-02-14T00:00:00+07:00', '2026-02-14'],
    ['2026-02-13T23:59:00+07:00', '2026-02-13'],
    ['2025-12-31T18:00:00Z', '2026-01-01'],
  ])('the instant %s is on %s in Việt Nam', (instant, date) => {
    expect(vietnamDateOf(instant)).toBe(date);
  });

  it('accepts epoch milliseconds and Date objects', () => {
    const instant = Date.parse('2026-02-13T17:00:00Z');
    expect(vietnamDateOf(instant)).toBe('2026-02-14');
    expect(vietnamDateOf(new Date(instant))).toBe('2026-02-14');
  });

  it('refuses a date-time without an offset, which the host would read in its own time zone', () => {
    expect(() => vietnamDateOf('2026-02-13T10:00:00')).toThrow(RangeError);
    expect(() => vietnamDateOf('not a date')).toThrow(RangeError);
    expect(() => vietnamDateOf(Number.NaN)).toThrow(RangeError);
  });

  it('a Vietnamese day runs from 00:00 to 24:00 at UTC+7', () => {
    expect(startOfVietnamDay('2026-03-06')).toBe('2026-03-05T17:00:00.000Z');
    expect(endOfVietnamDay('2026-03-06')).toBe('2026-03-06T17:00:00.000Z');
    expect(endOfVietnamDay('2025-12-31')).toBe('2025-12-31T17:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => startOfVietnamDay('2025-02-29')).toThrow(RangeError);
  });
});
