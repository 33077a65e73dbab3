import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { OrganisationForm } from './OrganisationForm';
import { organisationQuery } from './queries';

/** The controller (Art 30(1)(a)): name, contact details, DPO, EU representative, and whether it also acts as a processor. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const query = useQuery(organisationQuery());
  return (
    <Stack>
      <PageHeader title={t('organisation.title')} description={t('organisation.intro')} />
      <QueryView query={query}>{(org) => <OrganisationForm key={org?.updatedAt ?? 'new'} organisation={org} />}</QueryView>
    </Stack>
  );
}
