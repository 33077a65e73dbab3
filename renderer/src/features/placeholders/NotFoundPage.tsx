import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="gray" title={t('placeholders.notFound')}>
        <Anchor component={Link} to="/">
          {t('nav.overview')}
        </Anchor>
      </Alert>
    </Stack>
  );
}
