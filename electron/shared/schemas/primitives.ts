import { z } from 'zod';

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date as ISO text, YYYY-MM-DD (the register's only date format). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  .refine(isRealDate, 'This date does not exist in the calendar');

/** A moment as ISO-8601 UTC text. */
export const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'Use an ISO date-time in UTC');

export const entityId = z.string().min(1, 'Id is required').max(64, 'Id is too long');

/** Optional free text: trimmed, empty becomes null, so that "nothing entered" is one value. */
export const optionalText = (max = 20_000) =>
  z
    .string()
    .max(max, `At most ${max} characters`)
    .transform((s) => (s.trim() === '' ? null : s))
    .nullable();

export const requiredText = (label: string, max = 500) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is at most ${max} characters`);

export const optionalDate = isoDate.nullable();

/** ISO 3166-1 alpha-2 country code or a short international-organisation code (e.g. EPO). */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2,3}$/, 'Use a two-letter country code such as DK or US')
  .nullable();
