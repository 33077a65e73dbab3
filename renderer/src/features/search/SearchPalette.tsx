import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../electron/shared/schemas/search';
import { call } from '../../api/client';
import { vocabLabel } from '../../i18n/vocab';
import { countryName } from '../../lib/format';
import { uiLanguage } from '../findings/language';
import { allHitsPath, hitPath } from './search-paths';

/**
 * The register-wide search (Ctrl+K / ⌘K): activities, recipients, DPAs, transfers, the catalogues
 * and today's findings, from the one search on the service side, best matches first, a few of each.
 */
export function SearchPalette() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [q] = useDebouncedValue(query.trim(), 150);
  const lang = uiLanguage(i18n.language);
  const result = useQuery({
    queryKey: ['search', q, lang],
    queryFn: () => call('search', 'query', { q, lang, limit: 6 }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const groups = q ? (result.data?.groups ?? []) : [];
  // A transfer's line says where it goes and under which tool, in the UI language.
  const detail = (h: SearchHit) =>
    h.kind === 'transfer'
      ? [h.detail, h.country ? countryName(h.country, i18n.language) : null, h.mechanism ? vocabLabel(t, 'mechanism', h.mechanism) : null]
          .filter(Boolean)
          .join(' · ')
      : h.detail;
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={560}>
      <Spotlight.Search placeholder={t('search.placeholder')} data-testid="search-palette-input" />
      <Spotlight.ActionsList data-testid="search-palette">
        {groups.map((g) => {
          const more = allHitsPath(g.kind, q);
          return (
            <Spotlight.ActionsGroup key={g.kind} label={t('search.group', { kind: t(`search.kinds.${g.kind}`), count: g.total })}>
              {g.hits.map((h) => (
                <Spotlight.Action
                  key={`${g.kind}:${h.id}`}
                  onClick={() => navigate(hitPath(h))}
                  data-testid="search-hit"
                  data-kind={g.kind}
                  data-id={h.id}
                >
                  <div style={{ minWidth: 0, width: '100%' }}>
                    <Text size="sm" fw={500} truncate>
                      {h.title}
                    </Text>
                    {detail(h) ? (
                      <Text size="xs" c="dimmed" truncate>
                        {detail(h)}
                      </Text>
                    ) : null}
                  </div>
                </Spotlight.Action>
              ))}
              {more && g.total > g.hits.length ? (
                <Spotlight.Action onClick={() => navigate(more)} data-testid="search-all" data-kind={g.kind}>
                  <Text size="sm" c="blue">
                    {t('search.all', { count: g.total })}
                  </Text>
                </Spotlight.Action>
              ) : null}
            </Spotlight.ActionsGroup>
          );
        })}
        {q && result.data && groups.length === 0 ? (
          <Spotlight.Empty data-testid="search-empty">{t('search.none', { q })}</Spotlight.Empty>
        ) : null}
        {!q ? <Spotlight.Empty>{t('search.hint')}</Spotlight.Empty> : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
