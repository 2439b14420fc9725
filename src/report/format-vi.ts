const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Officers read times in Vietnam's time (UTC+7, no daylight saving); fixed so the report does not depend on the machine's zone.
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 12.345 — Vietnamese digit grouping. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 25,0% */
export function formatShare(value: number): string {
  return percent.format(value);
}

/** '29/11/2026 01:38' in Vietnam's time; the input as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
