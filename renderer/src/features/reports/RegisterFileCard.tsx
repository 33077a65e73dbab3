import { Alert, Button, Checkbox, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadText } from '../../lib/download';
import { danishToday } from '../findings/dates';
import { addedCounts, isImportCountKey } from './import-counts';
import { useExportRegisterJsonMutation, useImportRegisterJsonMutation } from './mutations';

/**
 * The whole register out and in as one JSON file — the exchange format of `ropa export json` and
 * `ropa import json`, through the same channels, so the same all-or-nothing validation applies.
 */
export function RegisterFileCard() {
  const { t } = useTranslation();
  const exportJson = useExportRegisterJsonMutation();
  const importJson = useImportRegisterJsonMutation();
  const [exportedAs, setExportedAs] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [imported, setImported] = useState<{ fileName: string; counts: Record<string, number> } | null>(null);

  const exportNow = () =>
    exportJson.mutate(undefined, {
      onSuccess: (json) => {
        const fileName = `ropa-register-${danishToday()}.json`;
        downloadText(json, fileName, 'application/json');
        setExportedAs(fileName);
      },
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setImported(null);
    const json = await file.text();
    importJson.mutate({ json, replace }, { onSuccess: (counts) => setImported({ fileName: file.name, counts }) });
  };

  return (
    <Paper withBorder p="md" data-testid="register-file">
      <Stack gap="sm">
        <Title order={3}>{t('reports.registerFile.title')}</Title>
        <Text size="sm" maw={900}>
          {t('reports.registerFile.intro')}
        </Text>
        <Group>
          <Button variant="light" onClick={exportNow} loading={exportJson.isPending} data-testid="register-export">
            {t('reports.registerFile.export')}
          </Button>
          {exportedAs ? (
            <Text size="sm" data-testid="register-exported">
              {t('reports.registerFile.exported', { fileName: exportedAs })}
            </Text>
          ) : null}
        </Group>
        <form onSubmit={submit} noValidate data-testid="register-import-form">
          <Stack gap="xs">
            <FileInput
              label={t('reports.registerFile.file')}
              placeholder={t('reports.registerFile.choose')}
              accept=".json,application/json"
              clearable
              value={file}
              onChange={(f) => {
                setFile(f);
                setImported(null);
                importJson.reset();
              }}
              w={360}
              data-testid="register-import-file"
            />
            <Checkbox
              label={t('reports.registerFile.replace')}
              description={t('reports.registerFile.replaceHint')}
              checked={replace}
              onChange={(e) => setReplace(e.currentTarget.checked)}
              data-testid="register-import-replace"
            />
            <Group>
              <Button
                type="submit"
                disabled={!file}
                loading={importJson.isPending}
                color={replace ? 'red' : undefined}
                data-testid="register-import"
              >
                {t('reports.registerFile.import')}
              </Button>
            </Group>
          </Stack>
        </form>
        {importJson.isError ? <ErrorAlert error={importJson.error} testId="register-import-error" /> : null}
        {imported ? (
          <Alert color="teal" title={t('reports.registerFile.imported', { fileName: imported.fileName })} data-testid="register-imported">
            <List size="sm">
              {addedCounts(imported.counts).map(({ key, count }) => (
                <List.Item key={key} data-key={key} data-count={count}>
                  {isImportCountKey(key) ? t(`reports.import.counts.${key}`, { count }) : `${key}: ${count}`}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
