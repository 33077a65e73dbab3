import type { SearchKind } from '../../electron/shared/schemas/search';

/**
 * What each kind of entry puts into the search index: its title (weighted higher in ranking) and
 * its body, as SQL expressions over the entry's row `x`. Names of linked entries are part of the
 * document (a transfer is found by its recipient's and activity's names), so `dependsOn` says
 * which other rows' changes re-index it. The one definition: the migration's triggers are generated
 * from it (db/search/search-sql.ts) and a test holds the migrated file to it.
 */
export interface SearchDocument {
  kind: SearchKind;
  table: string;
  /** The row's own columns the expressions read: an update re-indexes only when one of them changed. */
  columns: string[];
  title: (x: string) => string[];
  body: (x: string) => string[];
  dependsOn?: { table: string; columns: string[]; rows: (x: string, changed: string) => string }[];
}

const nameOf = (table: string, idExpr: string) => `(SELECT name FROM ${table} WHERE id = ${idExpr})`;

export const searchDocuments: SearchDocument[] = [
  {
    kind: 'activity',
    table: 'activities',
    columns: ['name', 'reference', 'description', 'business_function', 'owner'],
    title: (x) => [`${x}.name`, `${x}.reference`],
    body: (x) => [`${x}.description`, `${x}.business_function`, `${x}.owner`],
  },
  {
    kind: 'recipient',
    table: 'recipients',
    columns: ['name', 'legal_name', 'category', 'country', 'dpf_list_name'],
    title: (x) => [`${x}.name`, `${x}.legal_name`],
    body: (x) => [`${x}.category`, `${x}.country`, `${x}.dpf_list_name`],
  },
  {
    kind: 'transfer',
    table: 'transfers',
    columns: ['recipient_id', 'exporter_recipient_id', 'activity_id', 'country', 'mechanism', 'safeguards_text'],
    title: (x) => [nameOf('recipients', `${x}.recipient_id`), nameOf('recipients', `${x}.exporter_recipient_id`)],
    // The mechanism code's words ("privacy shield", "scc 2021", "eu us dpf") find it in either language.
    body: (x) => [nameOf('activities', `${x}.activity_id`), `${x}.country`, `replace(${x}.mechanism, '_', ' ')`, `${x}.safeguards_text`],
    dependsOn: [
      { table: 'recipients', columns: ['name'], rows: (x, c) => `${x}.recipient_id = ${c}.id OR ${x}.exporter_recipient_id = ${c}.id` },
      { table: 'activities', columns: ['name'], rows: (x, c) => `${x}.activity_id = ${c}.id` },
    ],
  },
  {
    kind: 'dpa',
    table: 'dpas',
    columns: ['title', 'recipient_id', 'document_name', 'notes'],
    title: (x) => [`${x}.title`],
    body: (x) => [nameOf('recipients', `${x}.recipient_id`), `${x}.document_name`, `${x}.notes`],
    dependsOn: [{ table: 'recipients', columns: ['name'], rows: (x, c) => `${x}.recipient_id = ${c}.id` }],
  },
  ...(
    [
      ['dataCategory', 'data_categories'],
      ['dataSubjectCategory', 'data_subject_categories'],
      ['securityMeasure', 'security_measures'],
      ['system', 'systems'],
    ] as const
  ).map(
    ([kind, table]): SearchDocument => ({
      kind,
      table,
      columns: ['name', 'description'],
      title: (x) => [`${x}.name`],
      body: (x) => [`${x}.description`],
    }),
  ),
  {
    kind: 'processorActivity',
    table: 'processor_activities',
    columns: ['controller_name', 'categories_of_processing', 'notes'],
    title: (x) => [`${x}.controller_name`],
    body: (x) => [`${x}.categories_of_processing`, `${x}.notes`],
  },
];

export function searchDocument(kind: SearchKind): SearchDocument {
  const doc = searchDocuments.find((d) => d.kind === kind);
  if (!doc) throw new Error(`No search document for ${kind}`);
  return doc;
}
