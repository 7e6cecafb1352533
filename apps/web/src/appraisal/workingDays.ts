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
  const off = new Set(calendars.flatMap((year) => year.daysOff.map((day) => day.date)));
  const worked = new Set(calendars.flatMap((year) => year.workingDays.map((day) => day.date)));
  let count = 0;
  for (let time = Date.parse(`${today}T00:00:00Z`) + DAY_MS; time <= Date.parse(`${due}T00:00:00Z`); time += DAY_MS) {
    const day = new Date(time);
    const date = day.toISOString().slice(0, 10);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (worked.has(date) || (!weekend && !off.has(date))) count += 1;
  }
  return count;
}
