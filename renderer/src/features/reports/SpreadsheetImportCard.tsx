import { Alert, Anchor, Button, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readAsBase64 } from '../../lib/read-file';
import { ImportProblems } from './ImportProblems';
import { addedCounts, isImportCountKey } from './import-counts';
import { type SpreadsheetInput, useImportSpreadsheetMutation, type XlsxImportOutcome } from './mutations';

/**
 * Activities from a spreadsheet: a workbook in ICO's layout, or a CSV file in the ICO or the
 * Datatilsynet layout (as this page exports them). The file is read here, main checks every row and
 * adds all of it or nothing. A refusal lists every problem by sheet (or file), row and column.
 */
export function SpreadsheetImportCard() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ fileName: string; result: XlsxImportOutcome } | null>(null);
  const importXlsx = useImportSpreadsheetMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setReadError(null);
    setOutcome(null);
    let input: SpreadsheetInput;
    try {
      input = /\.csv$/i.test(file.name)
        ? { kind: 'csv', input: { fileName: file.name, content: await file.text() } }
        : { kind: 'xlsx', input: { fileName: file.name, base64: await readAsBase64(file) } };
    } catch (err) {
      setReadError(err instanceof Error ? err.message : String(err));
      return;
    }
    importXlsx.mutate(input, { onSuccess: (result) => setOutcome({ fileName: file.name, result }) });
  };

  return (
    <Paper withBorder p="md" data-testid="xlsx-import">
      <form onSubmit={submit} noValidate data-testid="xlsx-form">
        <Stack gap="sm">
          <Title order={3}>{t('reports.import.title')}</Title>
          <Text size="sm" maw={900}>
            {t('reports.import.intro')}
          </Text>
          <Group align="flex-end" gap="sm">
            <FileInput
              label={t('reports.import.file')}
              placeholder={t('reports.import.choose')}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              clearable
              value={file}
              onChange={(f) => {
                setFile(f);
                setOutcome(null);
                setReadError(null);
                importXlsx.reset();
              }}
              w={360}
              data-testid="xlsx-file"
            />
            <Button type="submit" disabled={!file} loading={importXlsx.isPending} data-testid="xlsx-submit">
              {t('reports.import.submit')}
            </Button>
          </Group>
          {readError ? (
            <Alert color="red" title={t('reports.import.failed')} data-testid="xlsx-read-error">
              {t('reports.import.readFailed', { message: readError })}
            </Alert>
          ) : null}
          {importXlsx.isError ? <ErrorAlert error={importXlsx.error} testId="xlsx-error" /> : null}
          {outcome && !outcome.result.imported ? <ImportProblems fileName={outcome.fileName} problems={outcome.result.problems} /> : null}
          {outcome?.result.imported ? <Imported fileName={outcome.fileName} counts={outcome.result.counts} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}

function Imported({ fileName, counts }: { fileName: string; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const added = addedCounts(counts);
  return (
    <Alert color="teal" title={t('reports.import.done', { fileName })} data-testid="xlsx-imported">
      {added.length ? (
        <List size="sm" data-testid="xlsx-counts">
          {added.map(({ key, count }) => (
            <List.Item key={key} data-key={key} data-count={count}>
              {isImportCountKey(key) ? t(`reports.import.counts.${key}`, { count }) : `${key}: ${count}`}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('reports.import.nothingNew')}</Text>
      )}
      <Anchor component={Link} to="/activities" size="sm" mt="xs" display="inline-block" data-testid="xlsx-show-activities">
        {t('reports.import.showActivities')}
      </Anchor>
    </Alert>
  );
}
