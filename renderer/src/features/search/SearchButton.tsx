import { Button, Kbd } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';

/** In the header: opens the register-wide search, and says its shortcut. */
export function SearchButton() {
  const { t } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  return (
    <Button
      variant="default"
      size="xs"
      onClick={spotlight.open}
      rightSection={<Kbd size="xs">{mac ? '⌘ K' : 'Ctrl K'}</Kbd>}
      data-testid="search-open"
    >
      {t('search.button')}
    </Button>
  );
}
