import { type CalendarDeclarations, provinceCalendar } from '@ntm/domain';

import type { CalendarDayResponse } from './dto/calendar.dto';

const DAY_MS = 86_400_000;

/** The year's days off besides weekends, and its make-up working days on weekends, as the province's calendar has them. */
export function calendarYear(
  declarations: CalendarDeclarations,
  year: number,
): { daysOff: CalendarDayResponse[]; workingDays: CalendarDayResponse[] } {
  const calendar = provinceCalendar(declarations);
  const daysOff: CalendarDayResponse[] = [];
  const workingDays: CalendarDayResponse[] = [];
  for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += DAY_MS) {
    const date = new Date(at).toISOString().slice(0, 10);
    const declared = declarations.get(date);
    const name = calendar.holidayName(date);
    const weekend = [0, 6].includes(new Date(at).getUTCDay());
    if (name) daysOff.push({ date, name, declared: declared?.kind === 'day-off' });
    else if (weekend && calendar.isWorkingDay(date))
      workingDays.push({ date, declared: declared?.kind === 'working-day' });
  }
  return { daysOff, workingDays };
}
