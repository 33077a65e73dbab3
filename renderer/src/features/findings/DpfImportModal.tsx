import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMessage } from '../../../../electron/shared/i18n/message';
import { asAppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../lib/format';
import { useImportDpfMutation } from './mutations';

/**
 * Imports an offline copy of the DPF List (CSV or JSON, see docs/dpf-list-format.md): the file is
 * read here and main parses it; when it cannot, its message says which line and why.
 */
export function DpfImportModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [snapshotDate, setSnapshotDate] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const importDpf = useImportDpfMutation();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setReadError(null);
    let content: string;
    try {
      content = await file.text();
    } catch (err) {
      setReadError(err instanceof Error ? err.message : String(err));
      return;
    }
    importDpf.mutate(
      { content, fileName: file.name, snapshotDate: snapshotDate ?? undefined },
      {
        onSuccess: (s) => {
          notifications.show({
            color: 'teal',
            message: t('findings.dpf.imported', { count: s.entryCount, date: formatDate(s.snapshotDate, i18n.language) }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t('findings.dpf.importTitle')}>
      <form onSubmit={submit} noValidate data-testid="dpf-form">
        <Stack>
          <Text size="sm">{t('findings.dpf.importIntro')}</Text>
          {importDpf.isError || readError ? (
            <Alert color="red" title={t('findings.dpf.failed')} data-testid="dpf-error">
              {readError ?? renderMessage(t, asAppError(importDpf.error))}
            </Alert>
          ) : null}
          <FileInput
            label={t('findings.dpf.file')}
            placeholder={t('findings.dpf.choose')}
            accept=".csv,.json,text/csv,application/json"
            withAsterisk
            clearable
            value={file}
            onChange={(f) => {
              setFile(f);
              importDpf.reset();
            }}
            data-testid="dpf-file"
          />
          <DateField
            label={t('findings.dpf.snapshotDate')}
            description={t('findings.dpf.snapshotDateHint')}
            value={snapshotDate}
            onChange={(v) => setSnapshotDate(v)}
            maw={320}
            data-testid="dpf-date"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!file} loading={importDpf.isPending} data-testid="dpf-submit">
              {t('findings.dpf.import')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
