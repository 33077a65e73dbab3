import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ActivityDetail } from '../../../../electron/shared/schemas/outputs';
import { catalogueListQuery } from '../catalogues/queries';
import { organisationQuery } from '../organisation/queries';
import { allRecipientsQuery } from '../recipients/queries';
import { transferListQuery } from '../transfers/queries';
import { CategoriesSection } from './sections/CategoriesSection';
import { ControllerSection } from './sections/ControllerSection';
import { FurtherSection } from './sections/FurtherSection';
import { LinkageSection } from './sections/LinkageSection';
import { PurposesSection } from './sections/PurposesSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { RetentionSection } from './sections/RetentionSection';
import { SecuritySection } from './sections/SecuritySection';
import { SummarySection } from './sections/SummarySection';
import { TransfersSection } from './sections/TransfersSection';

/** The read-only record of one activity, in the order of Art 30(1)(a)–(g), then the Danish linkage and the rest. */
export function ActivityRecord({ activity, names }: ActivityDetail) {
  const organisation = useQuery(organisationQuery());
  const transfers = useQuery(transferListQuery({ activityId: activity.id, limit: 1000 }));
  const dataCategories = useQuery(catalogueListQuery('dataCategories'));
  const securityMeasures = useQuery(catalogueListQuery('securityMeasures'));
  const recipients = useQuery(allRecipientsQuery());
  const recipientById = new Map((recipients.data?.items ?? []).map((r) => [r.id, r]));
  const categoryById = new Map((dataCategories.data ?? []).map((c) => [c.id, c]));

  return (
    <Stack data-testid="activity-record">
      <SummarySection activity={activity} />
      <ControllerSection query={organisation} activity={activity} names={names} />
      <PurposesSection activity={activity} />
      <CategoriesSection activity={activity} names={names} categoryById={categoryById} />
      <RecipientsSection activity={activity} names={names} recipientById={recipientById} />
      <TransfersSection query={transfers} names={names} recipientById={recipientById} />
      <RetentionSection activity={activity} names={names} />
      <SecuritySection activity={activity} names={names} measures={securityMeasures.data ?? []} />
      <LinkageSection activity={activity} names={names} />
      <FurtherSection activity={activity} names={names} />
    </Stack>
  );
}
