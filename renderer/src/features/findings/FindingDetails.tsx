import { Anchor, Box, Highlight, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../../electron/shared/i18n/field-labels';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import type { Language } from '../../../../electron/shared/vocab';
import { formatDate } from '../../lib/format';

/** How many sources show before "show all". */
const sourcesShown = 3;

/** What to do, why the engine is not sure, where the text matched, the legal event and the sources: one line each. */
export function FindingDetails({ finding: f, language }: { finding: AcknowledgedFinding; language: Language }) {
  const { t } = useTranslation();
  const [allSources, setAllSources] = useState(false);
  const sources = allSources ? f.sources : f.sources.slice(0, sourcesShown);
  const label = (text: string) => (
    <Text span size="sm" c="dimmed">
      {text}:{' '}
    </Text>
  );
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="finding-fix">
        <Text span fw={600} size="sm">
          {t('findings.card.fix')}:{' '}
        </Text>
        {f.fix[language]}
      </Text>
      {f.uncertain && f.uncertaintyNote ? (
        <Box
          px="xs"
          py={4}
          bg="orange.0"
          style={{ borderLeft: '3px solid var(--mantine-color-orange-6)', borderRadius: 'var(--mantine-radius-xs)' }}
          data-testid="finding-uncertainty"
        >
          <Text size="sm" c="orange.9">
            <Text span fw={600} size="sm">
              ⚠ {t('findings.card.uncertainTitle')}:{' '}
            </Text>
            {f.uncertaintyNote[language]}
          </Text>
        </Box>
      ) : null}
      {(f.matches ?? []).map((m) => (
        <Text key={`${m.field}:${m.text}:${m.excerpt ?? ''}`} size="sm" data-testid="finding-match">
          {label(t('findings.card.matchedIn', { field: fieldLabel(t, [m.field]) }))}
          <Highlight component="span" size="sm" highlight={m.text} fs="italic">
            {m.excerpt ?? m.text}
          </Highlight>
        </Text>
      ))}
      <Text size="sm" data-testid="finding-event">
        {label(t('findings.card.legalEvent'))}
        {f.legalEvent ? (
          <>
            <Text span size="sm" fw={600}>
              {formatDate(f.legalEvent.date, language)}
            </Text>{' '}
            – {f.legalEvent.label[language]}
          </>
        ) : (
          t('findings.card.noLegalEvent')
        )}
      </Text>
      {f.sources.length ? (
        <Text size="xs" c="dimmed" data-testid="finding-sources">
          <Text span size="xs" fw={600}>
            {t('findings.card.sources', { count: f.sources.length })}:{' '}
          </Text>
          {sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ' · ' : null}
              <Text span size="xs" fw={700} ff="monospace">
                {s.id}
              </Text>{' '}
              {s.title}
            </span>
          ))}
          {f.sources.length > sourcesShown ? (
            <>
              {' '}
              <Anchor component="button" type="button" size="xs" onClick={() => setAllSources((v) => !v)}>
                {allSources ? t('common.showLess') : t('findings.card.allSources', { count: f.sources.length })}
              </Anchor>
            </>
          ) : null}
        </Text>
      ) : null}
    </Stack>
  );
}
