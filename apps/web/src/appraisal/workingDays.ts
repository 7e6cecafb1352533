export interface CalendarYear {
  readonly daysOff: readonly { readonly date: string }[];
  readonly workingDays: readonly { readonly date: string }[];
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Working days after `today` up to and including `due` (both YYYY-MM-DD), by the province's
 * calendar: weekdays, less its days off, plus its Saturdays or Sundays worked. 0 once due.
 */
export function workingDaysLeft(today: string, due: string, calendars: readonly CalendarYear[]): number {
  const working = isWorkingDay(calendars);
  let count = 0;
  for (let time = Date.parse(`${today}T00:00:00Z`) + DAY_MS; time <= Date.parse(`${due}T00:00:00Z`); time += DAY_MS) {
    if (working(new Date(time).toISOString().slice(0, 10))) count += 1;
  }
  return count;
}

/** `from` itself when it is a working day of the province's calendar, else the next one. */
export function firstWorkingDayFrom(from: string, calendars: readonly CalendarYear[]): string {
  const working = isWorkingDay(calendars);
  let time = Date.parse(`${from}T00:00:00Z`);
  while (!working(new Date(time).toISOString().slice(0, 10))) time += DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** Weekdays, less the province's days off, plus its Saturdays or Sundays worked. */
function isWorkingDay(calendars: readonly CalendarYear[]): (date: string) => boolean {
  const off = new Set(calendars.flatMap((year) => year.daysOff.map((day) => day.date)));
  const worked = new Set(calendars.flatMap((year) => year.workingDays.map((day) => day.date)));
  return (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return worked.has(date) || (weekday !== 0 && weekday !== 6 && !off.has(date));
  };
}
