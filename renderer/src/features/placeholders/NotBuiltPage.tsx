import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** An honest placeholder for an area of the app that is planned but not built yet. */
export function NotBuiltPage({ area }: { area: 'findings' | 'reports' }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t(`nav.${area}`)} />
      <Alert color="yellow" title={t('placeholders.title')} data-testid="not-built">
        {t(`placeholders.${area}`)}
      </Alert>
    </Stack>
  );
}
