import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type VocabGroup, vocabOptions } from '../i18n/vocab';

/** A Select over one closed vocabulary of the register, labelled in the current language. */
export function VocabSelect({ group, values, ...props }: SelectProps & { group: VocabGroup; values: readonly (string | number)[] }) {
  const { t } = useTranslation();
  return <Select data={vocabOptions(t, group, values)} comboboxProps={{ withinPortal: true }} {...props} />;
}

export function VocabMultiSelect({
  group,
  values,
  ...props
}: MultiSelectProps & { group: VocabGroup; values: readonly (string | number)[] }) {
  const { t } = useTranslation();
  return <MultiSelect data={vocabOptions(t, group, values)} comboboxProps={{ withinPortal: true }} {...props} />;
}
