import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';

/**
 * The contract's schemas speak English ("Name is required"); the DPO reads the UI in Danish
 * or English. Known messages are put into the UI language; anything else is shown as written.
 */
export function localiseMessage(message: string, t: TFunction): string {
  if (/ is required$/.test(message)) return t('validation.required');
  let m = /^(?:.+ is )?at most (\d+) characters$/i.exec(message);
  if (m) return t('validation.maxLength', { max: Number(m[1]) });
  if (message.startsWith('Use a date in the form YYYY-MM-DD')) return t('validation.date');
  if (message === 'This date does not exist in the calendar') return t('validation.realDate');
  if (message.startsWith('Use a two-letter country code')) return t('validation.country');
  m = /^Too small: expected number to be >=(\d+)$/.exec(message);
  if (m) return t('validation.min', { min: Number(m[1]) });
  if (/^Invalid option: expected one of/.test(message)) return t('validation.choose');
  return message;
}

/** zod4Resolver over a contract schema, with the messages in the UI language. */
export function localisedResolver(schema: z.ZodType, t: TFunction): (values: Record<string, unknown>) => FormErrors {
  const resolve = zod4Resolver(schema);
  return (values) => {
    const errors = resolve(values);
    return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, localiseMessage(String(message), t)]));
  };
}
