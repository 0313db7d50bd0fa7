// The app is in English; a table costs nothing at load, unlike building an Intl formatter.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-22" → "22 November 2026". Read as a calendar date, so the day
 * never shifts with the reader's time zone. Anything else is returned as is.
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined || Number(day) < 1 || Number(day) > 31) return iso;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A local calendar date as "YYYY-MM-DD", the form a design document can sort by. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
