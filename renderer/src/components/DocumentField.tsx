import { Anchor, FileInput, Group, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAsBase64 } from '../lib/read-file';

/**
 * A file kept in the register with its entry (a DPA's signed agreement): choose one to store it,
 * see which one is stored, or remove it. It fills three fields: documentBase64, documentName, documentMime.
 */
export function DocumentField({
  form,
  label,
  'data-testid': testId,
}: {
  form: UseFormReturnType<Record<string, unknown>>;
  label: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const [readError, setReadError] = useState<string | null>(null);
  const values = form.getValues();
  const name = values.documentName as string | null;
  const stored = Boolean(values.documentBase64);
  const choose = async (file: File | null) => {
    setReadError(null);
    if (!file) return;
    try {
      const base64 = await readAsBase64(file);
      form.setFieldValue('documentBase64', base64);
      form.setFieldValue('documentName', file.name);
      form.setFieldValue('documentMime', file.type || 'application/octet-stream');
    } catch (e) {
      setReadError(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = () => {
    form.setFieldValue('documentBase64', null);
    form.setFieldValue('documentName', null);
    form.setFieldValue('documentMime', null);
  };
  return (
    <div>
      <FileInput
        label={label}
        placeholder={t('document.choose')}
        value={null}
        onChange={(f) => void choose(f)}
        error={readError ?? form.errors.documentBase64}
        data-testid={testId}
      />
      {stored ? (
        <Group gap="xs" mt={4} data-testid="document-stored">
          <Text size="sm">{t('document.stored', { name: name ?? t('document.unnamed') })}</Text>
          <Anchor component="button" type="button" size="sm" onClick={remove} data-testid="document-remove">
            {t('document.remove')}
          </Anchor>
        </Group>
      ) : null}
    </div>
  );
}
