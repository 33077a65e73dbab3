import type { FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/client';
import { detailsToFormErrors } from '../lib/form-errors';

/**
 * Returns a function that marks the fields main refused (from the error's details) on a form,
 * in the UI language. Update channels nest fields under `changes.`; pass prefix '' for flat inputs.
 */
export function useServerErrors() {
  const { t } = useTranslation();
  return (form: { setErrors: (errors: FormErrors) => void }, error: AppError, prefix = 'changes.') =>
    form.setErrors(detailsToFormErrors(error.details, t, prefix));
}
