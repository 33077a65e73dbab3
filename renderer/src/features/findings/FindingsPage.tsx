import { Button, Group, Pagination, Paper, Stack, Switch, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AcknowledgedFinding, findingEntityTypes } from '../../../../electron/shared/schemas/findings';
import type { FindingItem } from '../../../../electron/shared/schemas/findings-views';
import { severities } from '../../../../electron/shared/vocab';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { readEnum, readEnumList, readPage, withParams } from '../../lib/list-params';
import { AcknowledgeModal } from './AcknowledgeModal';
import { DpfImportModal } from './DpfImportModal';
import { danishToday, isIsoDateText } from './dates';
import { entityPath } from './entity-link';
import { FindingsFilters } from './FindingsFilters';
import { FindingsList } from './FindingsList';
import { type FindingsFilter, statusFilters } from './findings-filter';
import { KnowledgeBaseStatus } from './KnowledgeBaseStatus';
import { isLapsed, LapsedAcknowledgements } from './LapsedAcknowledgements';
import { uiLanguage } from './language';
import { acknowledgementStatusQuery, findingsPageQuery } from './queries';
import { SeverityCounts } from './SeverityCounts';

// As the register lists: 100 to a page (acknowledged findings come last, under their own heading).
const perPage = 100;

/** The engine's findings on the register as of a date (today unless the DPO picks another), searchable and filterable. */
export function FindingsPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = isIsoDateText(asOfParam) ? asOfParam : undefined;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [acking, setAcking] = useState<AcknowledgedFinding | null>(null);
  const [importing, { open: openImport, close: closeImport }] = useDisclosure(false);
  const today = danishToday();

  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) setParams((p) => withParams(p, { q: debounced }), { replace: true });
  }, [debounced, params, setParams]);

  const filter = useMemo<FindingsFilter>(
    () => ({
      q: debounced,
      severity: readEnumList(params, 'severity', severities),
      rule: (params.get('rule') ?? '').split(',').filter(Boolean),
      entity: readEnumList(params, 'entity', findingEntityTypes),
      status: readEnum(params, 'status', statusFilters, 'all'),
    }),
    [params, debounced],
  );
  const page = readPage(params);
  const brief = params.get('brief') === '1';
  // The service filters, searches, orders and pages (compliance:findings); this page shows one page.
  const report = useQuery(
    findingsPageQuery({
      ...(asOf ? { asOf } : {}),
      lang: language,
      q: filter.q || undefined,
      severity: filter.severity,
      rule: filter.rule,
      entity: filter.entity,
      status: filter.status,
      offset: (page - 1) * perPage,
      limit: perPage,
    }),
  );
  const acks = useQuery(acknowledgementStatusQuery(asOf));
  // Open findings whose acknowledgement lapsed because the entry changed: a note on their cards.
  const changedSinceAck = useMemo(
    () =>
      new Set(
        (acks.data ?? [])
          .filter((s) => isLapsed(s) && s.state === 'entity_changed')
          .map(({ acknowledgement: a }) => `${a.ruleId}|${a.entityType}|${a.entityId}`),
      ),
    [acks.data],
  );
  const rules = report.data?.rules ?? [];
  const pages = Math.max(1, Math.ceil((report.data?.total ?? 0) / perPage));
  // The engine dates an acknowledgement today, so it can only be given while looking at today (or later).
  const canAcknowledge = report.data ? report.data.asOf >= today : false;
  const set = (changes: Record<string, string | null>) => setParams((p) => withParams(p, changes));

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('findings.title')}
        actions={
          <Group gap="xs" align="flex-end">
            <DateField
              label={t('findings.header.evaluateAsOf')}
              value={asOf ?? report.data?.asOf ?? null}
              onChange={(v) => set({ asOf: v && v !== today ? v : null })}
              clearable={false}
              w={170}
              data-testid="findings-asof-input"
            />
            {asOf ? (
              <Button variant="default" onClick={() => set({ asOf: null })} data-testid="findings-today">
                {t('findings.header.today')}
              </Button>
            ) : null}
            <Button variant="light" onClick={openImport} data-testid="dpf-import">
              {t('findings.dpf.importButton')}
            </Button>
          </Group>
        }
      />
      <QueryView query={report}>
        {(r) => (
          <Stack gap="sm" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} data-testid="findings-report" data-asof={r.asOf}>
            <KnowledgeBaseStatus report={r} />
            <SeverityCounts
              open={r.openCounts}
              all={r.counts}
              selected={filter.severity}
              onToggle={(s) =>
                set({
                  severity: (filter.severity.includes(s) ? filter.severity.filter((x) => x !== s) : [...filter.severity, s]).join(','),
                })
              }
            />
            <LapsedAcknowledgements statuses={acks.data ?? []} />
            <FindingsFilters
              filter={filter}
              search={search}
              onSearch={setSearch}
              rules={rules}
              onChange={set}
              onReset={() => {
                setSearch('');
                setParams((p) => withParams(p, { q: null, severity: null, rule: null, entity: null, status: null }));
              }}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="findings-total">
                {t('findings.list.showing', { count: r.total, total: r.all })}
                {canAcknowledge ? '' : ` · ${t('findings.ack.onlyToday')}`}
              </Text>
              <Switch
                label={t('findings.filters.collapse')}
                checked={brief}
                onChange={(e) => set({ brief: e.currentTarget.checked ? '1' : null })}
                data-testid="findings-brief"
              />
            </Group>
            {r.total === 0 ? (
              <Paper withBorder p="lg" data-testid="findings-empty">
                <Text c="dimmed" ta="center">
                  {r.all === 0 ? t('findings.list.none') : t('findings.list.noneFiltered')}
                </Text>
              </Paper>
            ) : (
              <FindingsList
                findings={r.items}
                entityPath={entityPath}
                onAcknowledge={canAcknowledge ? setAcking : undefined}
                acknowledgedTotal={r.acknowledgedTotal}
                compact={brief}
                changedSinceAck={(f: FindingItem) => changedSinceAck.has(`${f.ruleId}|${f.entity.type}|${f.entity.id}`)}
              />
            )}
            {pages > 1 ? (
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={(n) => setParams((p) => withParams(p, { page: String(n) }, false))}
              />
            ) : null}
          </Stack>
        )}
      </QueryView>
      {acking ? <AcknowledgeModal finding={acking} onClose={() => setAcking(null)} /> : null}
      {importing ? <DpfImportModal onClose={closeImport} /> : null}
    </Stack>
  );
}
