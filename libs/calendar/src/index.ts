export { type CalendarOptions, type ResolvedCalendarOptions, calendarOptionsSchema } from './calendar-options';
export { type IsoDate, type Weekday, isIsoDate } from './iso-date';
export { type LunarDate, lunarDateOf, solarDateOf } from './lunar-calendar';
export { OFFICIAL_SCHEDULES } from './official-schedules';
export { HOLIDAY_NAMES } from './public-holidays';
export { type Instant, endOfVietnamDay, startOfVietnamDay, vietnamDateOf } from './vietnam-time';
export { type Deadline, type WorkingCalendar, createCalendar } from './working-calendar';
