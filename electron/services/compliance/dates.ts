/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), the register's only date format. Dates are
 * local Danish calendar days with no time of day, so they are handled as UTC day numbers: no
 * time zone or daylight-saving shift can move a legal deadline by a day. ISO dates also compare
 * correctly as strings, which the rules use for plain before/after tests.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date. Throws on anything that is not a real calendar date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms).toISOString().slice(0, 10);
  if (back !== iso) throw new Error(`Not a calendar date: "${iso}"`);
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two optional dates. */
export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Whether the union of closed periods [start, end] (end null = open-ended) covers every day of
 * [from, to]. Used to ask "is another tool recorded for this whole stretch?".
 */
export function periodsCover(periods: { start: string | null; end: string | null }[], from: string, to: string): boolean {
  const sorted = periods
    .map((p) => ({ start: p.start ?? '0000-01-01', end: p.end ?? '9999-12-31' }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let next = from;
  for (const p of sorted) {
    if (p.start > next) break;
    if (p.end >= next) {
      if (p.end >= to) return true;
      next = addDays(p.end, 1);
    }
  }
  return false;
}
