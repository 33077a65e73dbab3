import { z } from 'zod';
import { checkParams } from '../i18n/zod-messages';

// No English wording here: a failed check is worded from the catalogue by its issue (code, bounds,
// format, or the key a custom check names), in the user's language (electron/shared/i18n/zod-messages.ts).

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date as ISO text, YYYY-MM-DD (the register's only date format). */
export const isoDate = z.stringFormat('date', /^\d{4}-\d{2}-\d{2}$/).refine(isRealDate, { params: checkParams('validation.realDate') });

/** A moment as ISO-8601 UTC text. */
export const isoDateTime = z.stringFormat('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);

export const entityId = z.string().min(1).max(64);

/** Optional free text: trimmed, empty becomes null, so that "nothing entered" is one value. */
export const optionalText = (max = 20_000) =>
  z
    .string()
    .max(max)
    .transform((s) => (s.trim() === '' ? null : s))
    .nullable();

/** Text that must be filled in (after trimming); the field's name comes from the catalogue (field.<key>). */
export const requiredText = (max = 500) => z.string().trim().min(1).max(max);

export const optionalDate = isoDate.nullable();

/** ISO 3166-1 alpha-2 country code (a new schema each time, so a field can carry its own metadata). */
export const twoLetterCountry = () => z.stringFormat('country-code', /^[A-Z]{2}$/);

/** ISO 3166-1 alpha-2 country code or a short international-organisation code (e.g. EPO). */
export const countryCode = z.stringFormat('country-or-organisation', /^[A-Z]{2,3}$/).nullable();
