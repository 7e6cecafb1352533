/** Dates as dd/mm/yyyy in Vietnam's time and numbers as 1.234,5, whatever the interface language. */
const VIETNAM = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (YYYY-MM-DD) as written, an instant in Vietnam's time zone. */
export function formatDate(value: string): string {
  const day = DAY.exec(value);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : dateFormat.format(new Date(value));
}

export const formatDateTime = (instant: string): string => dateTimeFormat.format(new Date(instant));

export const formatNumber = (value: number): string => numberFormat.format(value);

/** Today's calendar day in Vietnam (YYYY-MM-DD), the day deadlines count in. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM }).format(now);
}
