/** dd/mm/yyyy, as decisions are dated in Vietnamese, from an ISO date. */
export const vietnameseDate = (isoDate: string): string => isoDate.slice(0, 10).split('-').reverse().join('/');

const timeInVietnam = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
});

/** "14:05 ngày 04/12/2026", Vietnam time, whatever the server's zone. */
export function vietnameseTime(instant: string): string {
  const parts = Object.fromEntries(
    timeInVietnam.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}
