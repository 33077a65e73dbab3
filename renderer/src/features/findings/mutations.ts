import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { complianceKeys } from './queries';

// registerWide already holds ['compliance']; named here too so these writes never depend on that.
const touched = [complianceKeys.all, ...registerWide];

export function useAcknowledgeMutation() {
  const { t } = useTranslation();
  return useAppMutation({
    successMessage: t('findings.ack.done'),
    mutationFn: (input: InputOf<'compliance', 'acknowledge'>) => call('compliance', 'acknowledge', input),
    invalidates: touched,
  });
}

export function useUnacknowledgeMutation() {
  const { t } = useTranslation();
  return useAppMutation({
    successMessage: t('findings.ack.withdrawn'),
    mutationFn: (id: string) => call('compliance', 'unacknowledge', { id }),
    invalidates: touched,
  });
}

/** Deletes an acknowledgement that no longer counts (lapsed or its entry changed or gone); its finding is already open. */
export function useRemoveLapsedAcknowledgementMutation() {
  const { t } = useTranslation();
  return useAppMutation({
    successMessage: t('findings.lapsed.removed'),
    mutationFn: (id: string) => call('compliance', 'unacknowledge', { id }),
    invalidates: touched,
  });
}

export function useImportDpfMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'compliance', 'importDpf'>) => call('compliance', 'importDpf', input),
    invalidates: touched,
  });
}
