import { createHashRouter } from 'react-router';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { ActivityPage } from '../features/activities/ActivityPage';
import { CataloguesPage } from '../features/catalogues/CataloguesPage';
import { DpasPage } from '../features/dpas/DpasPage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NotFoundPage } from '../features/placeholders/NotFoundPage';
import { ProcessorRecordPage } from '../features/processor/ProcessorRecordPage';
import { RecipientPage } from '../features/recipients/RecipientPage';
import { RecipientsPage } from '../features/recipients/RecipientsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { TransfersPage } from '../features/transfers/TransfersPage';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/** Hash routing: the packaged app loads index.html from disk, where only the hash can change. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'activities', element: <ActivitiesPage /> },
      { path: 'activities/:id', element: <ActivityPage /> },
      { path: 'recipients', element: <RecipientsPage /> },
      { path: 'recipients/:id', element: <RecipientPage /> },
      { path: 'dpas', element: <DpasPage /> },
      { path: 'transfers', element: <TransfersPage /> },
      { path: 'catalogues', element: <CataloguesPage /> },
      { path: 'processor-record', element: <ProcessorRecordPage /> },
      { path: 'organisation', element: <OrganisationPage /> },
      { path: 'findings', element: <FindingsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
