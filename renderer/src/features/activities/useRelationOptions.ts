import { useQuery } from '@tanstack/react-query';
import { catalogueListQuery } from '../catalogues/queries';
import { allRecipientsQuery } from '../recipients/queries';

export interface Option {
  value: string;
  label: string;
}

function options(items: { id: string; name: string }[] | undefined): Option[] {
  return (items ?? []).map((i) => ({ value: i.id, label: i.name }));
}

/** What an activity can link to: the four catalogues and the recipients, as picker options. */
export function useRelationOptions() {
  const subjects = useQuery(catalogueListQuery('dataSubjectCategories'));
  const categories = useQuery(catalogueListQuery('dataCategories'));
  const measures = useQuery(catalogueListQuery('securityMeasures'));
  const systems = useQuery(catalogueListQuery('systems'));
  const recipients = useQuery(allRecipientsQuery());
  return {
    subjects: options(subjects.data),
    categories: options(categories.data),
    measures: options(measures.data),
    systems: options(systems.data),
    recipients: options(recipients.data?.items),
  };
}
