import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asAppError } from '../api/client';

/** What went wrong, in the register's words, with the per-field details when there are any. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const e = asAppError(error);
  return (
    <Alert color="red" title={t(`errors.${e.code}`)} data-testid={testId} mb="md">
      {e.message}
      {e.details?.length ? (
        <List size="sm" mt="xs" data-testid={`${testId}-details`}>
          {e.details.map((d) => (
            <List.Item key={`${d.path}:${d.message}`}>{d.path ? `${d.path}: ${d.message}` : d.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
