import { Button, Group, MultiSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FindingEntityType, findingEntityTypes } from '../../../../electron/shared/schemas/findings';
import { type Severity, severities } from '../../../../electron/shared/vocab';
import type { FindingsFilter, StatusFilter } from './findings-filter';

export interface FiltersProps {
  filter: FindingsFilter;
  search: string;
  onSearch: (q: string) => void;
  rules: { ruleId: string; count: number }[];
  onChange: (changes: Partial<Record<'severity' | 'rule' | 'entity' | 'status', string | null>>) => void;
  onReset: () => void;
}

/** Search and filters over one evaluation (all in the URL, so Back and a reload keep them). */
export function FindingsFilters({ filter, search, onSearch, rules, onChange, onReset }: FiltersProps) {
  const { t } = useTranslation();
  const filtered = filter.q || filter.severity.length || filter.rule.length || filter.entity.length || filter.status !== 'all';
  return (
    <Group gap="md" align="flex-end">
      <TextInput
        label={t('common.search')}
        placeholder={t('findings.filters.searchPlaceholder')}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={230}
        data-testid="findings-search"
      />
      <MultiSelect
        label={t('findings.filters.severity')}
        placeholder={filter.severity.length ? undefined : t('common.all')}
        data={severities.map((s) => ({ value: s, label: t(`vocab.severity.${s}`) }))}
        value={filter.severity}
        onChange={(v) => onChange({ severity: (v as Severity[]).join(',') })}
        clearable
        w={170}
        comboboxProps={{ withinPortal: true }}
        data-testid="findings-severity-filter"
      />
      <MultiSelect
        label={t('findings.filters.rule')}
        placeholder={filter.rule.length ? undefined : t('common.all')}
        data={rules.map((r) => ({ value: r.ruleId, label: `${r.ruleId} (${r.count})` }))}
        value={filter.rule}
        onChange={(v) => onChange({ rule: v.join(',') })}
        searchable
        clearable
        w={210}
        comboboxProps={{ withinPortal: true }}
        data-testid="findings-rule-filter"
      />
      <MultiSelect
        label={t('findings.filters.entity')}
        placeholder={filter.entity.length ? undefined : t('common.all')}
        data={findingEntityTypes.map((e) => ({ value: e, label: t(`entity.${e}`) }))}
        value={filter.entity}
        onChange={(v) => onChange({ entity: (v as FindingEntityType[]).join(',') })}
        clearable
        w={190}
        comboboxProps={{ withinPortal: true }}
        data-testid="findings-entity-filter"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('common.status')}
        </Text>
        <SegmentedControl
          value={filter.status}
          onChange={(v) => onChange({ status: (v as StatusFilter) === 'all' ? null : v })}
          data={[
            { value: 'all', label: t('findings.status.all') },
            { value: 'open', label: t('findings.status.open') },
            { value: 'acknowledged', label: t('findings.status.acknowledged') },
          ]}
          data-testid="findings-status-filter"
        />
      </Stack>
      {filtered ? (
        <Button variant="subtle" onClick={onReset} data-testid="findings-reset">
          {t('findings.filters.reset')}
        </Button>
      ) : null}
    </Group>
  );
}
