import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../electron/shared/i18n/field-labels';
import { renderMessage } from '../../../electron/shared/i18n/message';
import { asAppError } from '../api/client';

/** What went wrong, in the user's language, with each field's problem named when there are details. */
export function ErrorAlert({ error, testId = 'error-alert' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const e = asAppError(error);
  return (
    <Alert color="red" title={t(`errors.${e.code}`)} data-testid={testId} mb="md">
      {renderMessage(t, e)}
      {e.details?.length ? (
        <List size="sm" mt="xs" data-testid={`${testId}-details`}>
          {e.details.map((d) => {
            const where = d.path ? fieldLabel(t, d.path) : '';
            const what = renderMessage(t, d);
            return <List.Item key={`${d.path}:${d.key}`}>{where ? `${where}: ${what}` : what}</List.Item>;
          })}
        </List>
      ) : null}
    </Alert>
  );
}
