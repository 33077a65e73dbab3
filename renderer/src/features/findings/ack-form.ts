import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { acknowledgeInput } from '../../../../electron/shared/schemas/inputs';

/** The fields the DPO fills in; rule and entity come from the finding. */
export const ackFormSchema = acknowledgeInput.pick({ justification: true, until: true, acknowledgedBy: true });

export interface AckFormValues {
  justification: string;
  until: string | null;
  acknowledgedBy: string;
}

/**
 * The contract's schema (worded in the UI language by zod's error map), plus the rule main enforces
 * on saving (an acknowledgement must last at least until today), so it is said before sending.
 */
export function ackValidator(t: TFunction, today: string): (values: AckFormValues) => FormErrors {
  const resolve = zod4Resolver(ackFormSchema);
  return (values) => {
    const errors: FormErrors = resolve({ ...values, until: values.until ?? '' });
    if (!values.until) errors.until = t('validation.required');
    else if (!errors.until && values.until < today) errors.until = t('validation.untilPast', { today });
    return errors;
  };
}
