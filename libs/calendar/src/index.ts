export { isIsoDate } from './iso-date';
export { endOfVietnamDay, startOfVietnamDay, vietnamDateOf } from './vietnam-time';
export { createCalendar } from './working-calendar';
export { type CalendarOptions } from './calendar-options';
export { OFFICIAL_SCHEDULES } from './official-schedules';
export { type WorkingCalendar } from './working-calendar';
