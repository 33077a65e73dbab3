import { SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeverityCounts as Counts } from '../../../../electron/shared/schemas/findings';
import { type Severity, severities } from '../../../../electron/shared/vocab';
import { severityColor } from './severity';

/**
 * Open findings by severity (of all findings, acknowledged included), as the engine counted them.
 * A card toggles the severity filter (`onToggle`) or leads to the findings page (`linkFor`).
 */
export function SeverityCounts({
  open,
  all,
  selected = [],
  onToggle,
  linkFor,
}: {
  open: Counts;
  all: Counts;
  selected?: readonly Severity[];
  onToggle?: (s: Severity) => void;
  linkFor?: (s: Severity) => string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {severities.map((s) => {
        const active = selected.includes(s);
        const color = `var(--mantine-color-${severityColor[s]}-6)`;
        const style: CSSProperties = {
          display: 'block',
          border: `1px solid ${active ? color : 'var(--mantine-color-gray-3)'}`,
          borderLeft: `5px solid ${color}`,
          borderRadius: 'var(--mantine-radius-sm)',
          background: active ? `var(--mantine-color-${severityColor[s]}-0)` : undefined,
        };
        const body = (
          <>
            <Text size="sm" fw={600}>
              {t(`vocab.severity.${s}`)}
            </Text>
            <Title order={2} lh={1.2} data-testid={`open-count-${s}`}>
              {open[s]}
            </Title>
            <Text size="xs" c="dimmed" data-testid={`all-count-${s}`}>
              {t('findings.counts.ofAll', { count: all[s] })}
            </Text>
          </>
        );
        const testId = `severity-count-${s}`;
        if (linkFor)
          return (
            <UnstyledButton key={s} component={Link} to={linkFor(s)} p="sm" style={style} data-testid={testId}>
              {body}
            </UnstyledButton>
          );
        if (onToggle)
          return (
            <UnstyledButton key={s} onClick={() => onToggle(s)} aria-pressed={active} p="sm" style={style} data-testid={testId}>
              {body}
            </UnstyledButton>
          );
        return (
          <UnstyledButton key={s} component="div" p="sm" style={{ ...style, cursor: 'default' }} data-testid={testId}>
            {body}
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
