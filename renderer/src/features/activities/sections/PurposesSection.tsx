import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../../electron/shared/schemas/entities';
import { EmptyRow } from '../../../components/EmptyRow';
import { Field } from '../../../components/Field';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n/vocab';
import { text } from '../../../lib/format';

/** Art 30(1)(b): each purpose with its legal basis (Art 6, and Art 9, Art 10 / DBL § 8, DBL § 11 where they apply). */
export function PurposesSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <Section title={t('activity.sections.b')} testId="section-b">
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="purposes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activity.purposes.purpose')}</Table.Th>
              <Table.Th>{t('activity.purposes.art6')}</Table.Th>
              <Table.Th>{t('activity.purposes.art9')}</Table.Th>
              <Table.Th>{t('activity.purposes.art10')}</Table.Th>
              <Table.Th>{t('activity.purposes.cpr')}</Table.Th>
              <Table.Th>{t('activity.purposes.national')}</Table.Th>
              <Table.Th>{t('activity.purposes.documentation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activity.purposes.length === 0 ? <EmptyRow colSpan={7}>{t('activity.purposes.none')}</EmptyRow> : null}
            {activity.purposes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Table.Td>
                <Table.Td>{vocabLabel(t, 'art6', p.art6Basis)}</Table.Td>
                <Table.Td>{vocabLabel(t, 'art9', p.art9Condition)}</Table.Td>
                <Table.Td>{vocabLabel(t, 'art10', p.art10Ground)}</Table.Td>
                <Table.Td>{vocabLabel(t, 'cpr', p.cprGround)}</Table.Td>
                <Table.Td>{text(p.nationalProvision)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                  {[
                    p.legitimateInterest ? `${t('activity.purposes.legitimateInterest')}: ${p.legitimateInterest}` : null,
                    p.legitimateInterestAssessmentRef ? `${t('activity.purposes.liaRef')}: ${p.legitimateInterestAssessmentRef}` : null,
                    p.consentRecordRef ? `${t('activity.purposes.consentRef')}: ${p.consentRecordRef}` : null,
                  ]
                    .filter(Boolean)
                    .join('\n') || '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Field label={t('activity.fields.legalBasisText')} testId="value-legalBasisText">
        {text(activity.legalBasisText)}
      </Field>
    </Section>
  );
}
