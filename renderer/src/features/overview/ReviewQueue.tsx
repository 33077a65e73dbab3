import { Anchor, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow } from '../../components/EmptyRow';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { activityListQuery } from '../activities/queries';

/** The activities reviewed least recently (never-reviewed first): where the register is most likely stale. */
export function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const query = useQuery(activityListQuery({ sort: 'lastReviewedOn', direction: 'asc', limit: 8 }));
  return (
    <Section title={t('overview.reviewTitle')} testId="review-queue">
      <QueryView query={query}>
        {(page) => (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.columns.name')}</Table.Th>
                <Table.Th>{t('activities.columns.lastReviewedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.length === 0 ? <EmptyRow colSpan={2}>{t('common.noRows')}</EmptyRow> : null}
              {page.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${a.id}`} size="sm">
                      {a.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{a.lastReviewedOn ? formatDate(a.lastReviewedOn, i18n.language) : t('overview.neverReviewed')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Section>
  );
}
