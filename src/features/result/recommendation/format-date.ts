const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "2026-11-22" → "22 November 2026". Read as a calendar date (UTC), so the
 * day never shifts with the reader's time zone. Anything else is returned as is.
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  return LONG_DATE.format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** A local calendar date as "YYYY-MM-DD", the form a design document can sort by. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
