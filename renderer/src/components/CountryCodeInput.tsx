import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A country code as the register stores it: upper-cased as it is typed, and null when left empty. */
export function CountryCodeInput({
  value,
  error,
  onChange,
}: {
  value: string | null | undefined;
  error: ReactNode;
  onChange: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('recipients.fields.countryCode')}
      description={t('recipients.fields.countryHint')}
      maxLength={3}
      value={value ?? ''}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value.toUpperCase() || null)}
    />
  );
}
