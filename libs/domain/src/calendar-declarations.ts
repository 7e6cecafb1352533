import {
  type CalendarOptions,
  createCalendar,
  isIsoDate,
  OFFICIAL_SCHEDULES,
  type WorkingCalendar,
} from '@ntm/calendar';

import { ConflictError, fail, NotFoundError, ok, type Result, ValidationError } from './errors';

/**
 * A province's working calendar: the official schedule (libs/calendar data) with the days its
 * administrator declares, as events of the stream `calendar-<province>`. Deadlines read the
 * calendar where they start (an activity's answer carries it to the workflow), so a later
 * declaration never moves, on replay, a deadline already computed.
 */
export type DeclaredKind = 'day-off' | 'working-day';

export interface DeclaredDay {
  readonly kind: DeclaredKind;
  /** Shown to users: 'Nghỉ hoán đổi dịp …', 'Làm bù cho ngày …'. */
  readonly name: string;
}

export interface CalendarDayDeclared {
  readonly type: 'CalendarDayDeclared';
  readonly data: {
    readonly province: string;
    readonly date: string;
    readonly reason: string;
    readonly previous?: DeclaredDay;
  } & DeclaredDay;
}

export interface CalendarDayCleared {
  readonly type: 'CalendarDayCleared';
  readonly data: {
    readonly province: string;
    readonly date: string;
    readonly reason: string;
    readonly previous: DeclaredDay;
  };
}

export type CalendarEvent = CalendarDayDeclared | CalendarDayCleared;

export type CalendarCommand =
  | { readonly type: 'DeclareCalendarDay'; readonly data: Omit<CalendarDayDeclared['data'], 'previous'> }
  | { readonly type: 'ClearCalendarDay'; readonly data: Omit<CalendarDayCleared['data'], 'previous'> };

/** Date -> the day declared on it. */
export type CalendarDeclarations = ReadonlyMap<string, DeclaredDay>;

/** Types this fold does not know (written by a later version) are skipped. */
export function foldCalendarDeclarations(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: CalendarDeclarations = new Map(),
): CalendarDeclarations {
  return events.reduce<CalendarDeclarations>((days, event) => {
    const next = new Map(days);
    if (event.type === 'CalendarDayDeclared') {
      const { date, kind, name } = (event as CalendarDayDeclared).data;
      next.set(date, { kind, name });
    } else if (event.type === 'CalendarDayCleared') next.delete((event as CalendarDayCleared).data.date);
    else return days;
    return next;
  }, from);
}

/**
 * The province's calendar in full: the official schedule written out (not referred to), so a
 * deadline computed from it stays the same whatever later versions of the schedule ship.
 * A declaration replaces the official entry of the other kind on its date.
 */
export function calendarOptions(declarations: CalendarDeclarations): CalendarOptions {
  const declared = [...declarations].sort(([a], [b]) => a.localeCompare(b));
  const dates = new Set(declarations.keys());
  return {
    officialSchedules: false,
    lunarNewYearDays: { ...OFFICIAL_SCHEDULES.lunarNewYearDays },
    nationalDayAdjacentDays: { ...OFFICIAL_SCHEDULES.nationalDayAdjacentDays },
    extraDaysOff: [
      ...OFFICIAL_SCHEDULES.extraDaysOff.filter(({ date }) => !dates.has(date)),
      ...declared.filter(([, day]) => day.kind === 'day-off').map(([date, { name }]) => ({ date, name })),
    ],
    extraWorkingDays: [
      ...OFFICIAL_SCHEDULES.extraWorkingDays.filter((date) => !dates.has(date)),
      ...declared.filter(([, day]) => day.kind === 'working-day').map(([date]) => date),
    ],
  };
}

export function provinceCalendar(declarations: CalendarDeclarations): WorkingCalendar {
  return createCalendar(calendarOptions(declarations));
}

/**
 * A day off is declared on a working day, a make-up working day on a weekly rest day that is no
 * holiday (Bộ luật Lao động 2019, Điều 112: public holidays are not worked); a declaration can be
 * changed or cleared, each with its reason.
 */
export function decideCalendar(command: CalendarCommand, declarations: CalendarDeclarations): Result<CalendarEvent[]> {
  const { date, reason } = command.data;
  if (!isIsoDate(date)) return invalid('date', `Ngày ${date} không có trong lịch.`, `${date} is not a date.`);
  if (reason.trim() === '') return invalid('reason', 'Cần nêu căn cứ (văn bản, thông báo).', 'A reason is required.');
  const previous = declarations.get(date);
  if (command.type === 'ClearCalendarDay') {
    if (!previous) {
      const messages = { messageVi: `Ngày ${date} không do tỉnh khai báo.`, messageEn: `${date} was not declared.` };
      return fail(new NotFoundError({ code: 'calendar.not-declared', ...messages, details: { field: 'date' } }));
    }
    return ok([{ type: 'CalendarDayCleared', data: { ...command.data, previous } }]);
  }
  const { kind, name } = command.data;
  if (name.trim() === '') return invalid('name', 'Cần tên ngày (hiển thị cho người dùng).', 'A name is required.');
  if (previous?.kind === kind && previous.name === name) {
    const messages = { messageVi: 'Ngày này đã được khai báo như vậy.', messageEn: 'The day is already so declared.' };
    return fail(new ConflictError({ code: 'calendar.unchanged', ...messages }));
  }
  const without = new Map(declarations);
  without.delete(date);
  const calendar = provinceCalendar(without);
  const allowed =
    kind === 'day-off' ? calendar.isWorkingDay(date) : !calendar.isWorkingDay(date) && !calendar.holidayName(date);
  if (!allowed) {
    return invalid(
      'kind',
      kind === 'day-off'
        ? `Ngày ${date} vốn không phải ngày làm việc.`
        : `Ngày ${date} không phải ngày nghỉ hằng tuần, hoặc là ngày lễ, Tết.`,
      kind === 'day-off' ? `${date} is not a working day.` : `${date} is not a weekly rest day, or is a holiday.`,
    );
  }
  return ok([{ type: 'CalendarDayDeclared', data: { ...command.data, ...(previous ? { previous } : {}) } }]);
}

function invalid<T>(field: string, messageVi: string, messageEn: string): Result<T> {
  return fail(new ValidationError({ code: 'validation', messageVi, messageEn, details: { field } }));
}
