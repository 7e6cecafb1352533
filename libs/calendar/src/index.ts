export { isIsoDate } from './iso-date';
export { endOfVietnamDay, startOfVietnamDay, vietnamDateOf } from './vietnam-time';
export { createCalendar } from './working-calendar';
