import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { acknowledgeInput } from '../../../../electron/shared/schemas/inputs';
import { localiseMessage } from '../../lib/validation-messages';

/** The fields the DPO fills in; rule and entity come from the finding. */
export const ackFormSchema = acknowledgeInput.pick({ justification: true, until: true, acknowledgedBy: true });

export interface AckFormValues {
  justification: string;
  until: string | null;
  acknowledgedBy: string;
}

/**
 * The contract's schema, with its messages in the UI language, plus the rule main enforces on
 * saving (an acknowledgement must last at least until today), so it is said before sending.
 */
export function ackValidator(t: TFunction, today: string): (values: AckFormValues) => FormErrors {
  const resolve = zod4Resolver(ackFormSchema);
  return (values) => {
    const raw = resolve({ ...values, until: values.until ?? '' });
    const errors: FormErrors = Object.fromEntries(Object.entries(raw).map(([k, m]) => [k, localiseAckMessage(String(m), t)]));
    if (!values.until) errors.until = t('validation.required');
    else if (!errors.until && values.until < today) errors.until = t('findings.ack.untilPast');
    return errors;
  };
}

/** Main's messages for a refused acknowledgement, in the UI language. */
export function localiseAckMessage(message: string, t: TFunction): string {
  if (message === 'In the past') return t('findings.ack.untilPast');
  if (message.startsWith('Explain in a sentence')) return t('findings.ack.justificationShort');
  const tooLong = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (tooLong) return t('validation.maxLength', { max: Number(tooLong[1]) });
  return localiseMessage(message, t);
}
