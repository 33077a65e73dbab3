import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../electron/shared/vocab';
import { isLanguage } from '../../i18n';
import { useSetLanguageMutation } from './mutations';

/** DA / EN switch in the header; the choice is saved in the register's settings. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSetLanguageMutation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      data-testid="language-switch"
      value={i18n.language}
      disabled={setLanguage.isPending}
      data={languages.map((l) => ({ value: l, label: l.toUpperCase() }))}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        setLanguage.mutate(value, { onSuccess: () => void i18n.changeLanguage(value) });
      }}
    />
  );
}
