import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { readEnum } from '../../lib/list-params';
import { DataCategoriesTab } from './DataCategoriesTab';
import { KindCatalogueTab } from './KindCatalogueTab';
import { catalogueAreas } from './queries';
import { SystemsTab } from './SystemsTab';

/** The shared lists activities pick from. The open tab is in the URL, so Back returns to it. */
export function CataloguesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = readEnum(params, 'tab', catalogueAreas, 'dataCategories');
  return (
    <Stack gap={0}>
      <PageHeader title={t('catalogues.title')} />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {catalogueAreas.map((a) => (
            <Tabs.Tab key={a} value={a} data-testid={`tab-${a}`}>
              {t(`catalogues.tabs.${a}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="dataCategories">
          <DataCategoriesTab />
        </Tabs.Panel>
        <Tabs.Panel value="dataSubjectCategories">
          <KindCatalogueTab area="dataSubjectCategories" />
        </Tabs.Panel>
        <Tabs.Panel value="securityMeasures">
          <KindCatalogueTab area="securityMeasures" />
        </Tabs.Panel>
        <Tabs.Panel value="systems">
          <SystemsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
