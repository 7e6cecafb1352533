import {
  type CalendarCommand,
  type CalendarDeclarations,
  decideCalendar,
  foldCalendarDeclarations,
  provinceCalendar,
} from './calendar-declarations';

const declare = (date: string, kind: 'day-off' | 'working-day', name = 'Nghỉ theo quyết định của tỉnh') =>
  ({ type: 'DeclareCalendarDay', data: { province: '19', date, kind, name, reason: 'QĐ 12/QĐ-UBND' } }) as const;
const clear = (date: string): CalendarCommand => ({
  type: 'ClearCalendarDay',
  data: { province: '19', date, reason: 'Huỷ' },
});
const none: CalendarDeclarations = new Map();

describe("a province's calendar declarations", () => {
  it('a day off is declared on a working day and moves a deadline by one working day', () => {
    const decision = decideCalendar(declare('2027-03-12', 'day-off'), none);
    expect(decision).toMatchObject({
      ok: true,
      value: [{ type: 'CalendarDayDeclared', data: { date: '2027-03-12' } }],
    });
    const declared = foldCalendarDeclarations(decision.ok ? decision.value : []);
    expect(provinceCalendar(none).addWorkingDays('2027-03-10', 2)).toBe('2027-03-12');
    expect(provinceCalendar(declared).addWorkingDays('2027-03-10', 2)).toBe('2027-03-15');
    expect(provinceCalendar(declared).holidayName('2027-03-12')).toBe('Nghỉ theo quyết định của tỉnh');
  });

  it('a make-up working day only on a weekly rest day that is no holiday', () => {
    expect(decideCalendar(declare('2027-03-13', 'working-day', 'Làm bù'), none)).toMatchObject({ ok: true });
    expect(decideCalendar(declare('2027-03-12', 'working-day', 'Làm bù'), none)).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { field: 'kind' } },
    });
    // 01/05/2027 is a Saturday and Labour Day: a holiday is not worked.
    expect(decideCalendar(declare('2027-05-01', 'working-day', 'Làm bù'), none)).toMatchObject({ ok: false });
    expect(decideCalendar(declare('2027-03-13', 'day-off'), none)).toMatchObject({ ok: false });
  });

  it('the official schedule is written out in full, and a declaration replaces its entry of the other kind', () => {
    const official = provinceCalendar(none);
    expect(official.isWorkingDay('2026-01-10')).toBe(true);
    const undone = foldCalendarDeclarations([
      { type: 'CalendarDayDeclared', data: { ...declare('2026-01-10', 'day-off').data } },
    ]);
    expect(provinceCalendar(undone).isWorkingDay('2026-01-10')).toBe(false);
  });

  it('a declaration is changed or cleared with its reason, and names what it replaces', () => {
    const declared = foldCalendarDeclarations([
      { type: 'CalendarDayDeclared', data: declare('2027-03-12', 'day-off').data },
    ]);
    expect(decideCalendar(declare('2027-03-12', 'day-off'), declared)).toMatchObject({
      ok: false,
      error: { code: 'calendar.unchanged' },
    });
    expect(decideCalendar(declare('2027-03-12', 'day-off', 'Nghỉ bầu cử'), declared)).toMatchObject({
      ok: true,
      value: [{ data: { previous: { kind: 'day-off', name: 'Nghỉ theo quyết định của tỉnh' } } }],
    });
    expect(decideCalendar(clear('2027-03-12'), declared)).toMatchObject({
      ok: true,
      value: [{ type: 'CalendarDayCleared', data: { previous: { kind: 'day-off' } } }],
    });
    expect(decideCalendar(clear('2027-03-11'), declared)).toMatchObject({ error: { code: 'calendar.not-declared' } });
    const unexplained: CalendarCommand = {
      type: 'ClearCalendarDay',
      data: { province: '19', date: '2027-03-12', reason: ' ' },
    };
    expect(decideCalendar(unexplained, declared)).toMatchObject({ error: { details: { field: 'reason' } } });
  });
});
