import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort when a screen throws while rendering: say so, and offer a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="red" title={t('errors.screen')}>
          {message}
        </Alert>
        <Button component="a" href="#/" variant="light">
          {t('nav.overview')}
        </Button>
      </Stack>
    </Container>
  );
}
