import type { DbOrTx } from '../../../../db/client';
import { findActivities } from '../../../../db/queries/activities';
import { getOrganisation } from '../../../../db/queries/organisation';
import { activityHeads, dpaSummaries, transfersOfActivities, transfersWithoutActivity } from '../../../../db/queries/report-reads';
import {
  dataCategoryStore,
  dataSubjectCategoryStore,
  processorActivityStore,
  recipientStore,
  securityMeasureStore,
  systemStore,
} from '../../../../db/queries/stores';
import type { Language } from '../../../shared/vocab';
import { indexCatalogues, type ReportData } from './report-data';

/**
 * ReportData read straight from the register database: catalogues, DPAs (without their files) and
 * the activities' ids, references and names at once; each activity with its relations and
 * transfers only when the report reaches it. Read inside one transaction, so that the whole report
 * (and its register version) describes one state of the register.
 */
export function reportDataFromDatabase(db: DbOrTx, lang: Language): ReportData {
  return {
    ...indexCatalogues(
      {
        organisation: getOrganisation(db),
        dataCategories: dataCategoryStore.all(db),
        dataSubjectCategories: dataSubjectCategoryStore.all(db),
        securityMeasures: securityMeasureStore.all(db),
        systems: systemStore.all(db),
        recipients: recipientStore.all(db),
        dpas: dpaSummaries(db),
        activityHeads: activityHeads(db),
        processorActivities: processorActivityStore.all(db),
      },
      lang,
    ),
    loadActivities: (ids) => findActivities(db, ids),
    transfersOf: (ids) => transfersOfActivities(db, ids),
    transfersWithoutActivity: () => transfersWithoutActivity(db),
  };
}
