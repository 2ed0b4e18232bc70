// A note's date is a real calendar date within a sane range: ÅÅÅÅ-MM-DD, the day existing in
// that month (no 2024-99-99, 0000-00-00 or 2023-02-29), from 1900 to 2999, the range of every
// timestamp Samspil keeps.

export const ABOUT_DATE_MIN = '1900-01-01';
export const ABOUT_DATE_MAX = '2999-12-31';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for an existing day of the Gregorian calendar written ÅÅÅÅ-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Built in a leap year, then moved to the real year: a day that year lacks rolls over into
  // the next month. (Date.UTC itself would read the years 0–99 as 19xx.)
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Within ABOUT_DATE_MIN … ABOUT_DATE_MAX (ÅÅÅÅ-MM-DD compares as text). */
export function isDateInRange(text: string): boolean {
  return text >= ABOUT_DATE_MIN && text <= ABOUT_DATE_MAX;
}
