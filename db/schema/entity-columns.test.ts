import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  activityDataCategorySchema,
  activityFieldsSchema,
  activityRecipientSchema,
  dataCategorySchema,
  dataLinkSchema,
  dataSubjectCategorySchema,
  dpaSchema,
  dpfEntrySchema,
  dpfSnapshotSchema,
  findingAcknowledgementSchema,
  organisationSchema,
  processorActivitySchema,
  purposeSchema,
  recipientSchema,
  securityMeasureSchema,
  settingSchema,
  systemSchema,
  transferSchema,
} from '../../electron/shared/schemas/entities';
import * as t from './index';

/**
 * The drizzle tables stay written by hand — they hold what zod does not (column names, indexes,
 * foreign keys, cascades, blobs) and the renderer may not import drizzle — so this test is what ties
 * them to the one definition of each entity (electron/shared/schemas/entities.ts): a column without
 * a schema field, or a field without a column, fails here. Where storage differs, it is said below.
 */
type Pair = {
  table: SQLiteTable;
  schema: z.ZodObject<z.ZodRawShape>;
  /** Columns that are not fields of the schema, with why. */
  onlyColumns?: Record<string, string>;
  /** Fields that are not columns of this table, with why. */
  onlyFields?: Record<string, string>;
};

const activityOwned = { activityId: 'the activity it belongs to (the exchange format nests it in the activity)' };
const stamps = {
  createdAt: 'set by the data layer',
  updatedAt: 'set by the data layer',
  archivedAt: 'set by archive/restore',
  id: 'the key',
};

const pairs: Record<string, Pair> = {
  organisation: { table: t.organisation, schema: organisationSchema },
  dataCategories: { table: t.dataCategories, schema: dataCategorySchema },
  dataSubjectCategories: { table: t.dataSubjectCategories, schema: dataSubjectCategorySchema },
  securityMeasures: { table: t.securityMeasures, schema: securityMeasureSchema },
  systems: { table: t.systems, schema: systemSchema },
  recipients: { table: t.recipients, schema: recipientSchema },
  dpas: {
    table: t.dpas,
    schema: dpaSchema,
    onlyColumns: { document: 'the agreement file as a blob' },
    onlyFields: { documentBase64: 'the same file as base64 in the exchange format' },
  },
  activities: { table: t.activities, schema: activityFieldsSchema, onlyColumns: stamps },
  purposes: { table: t.purposes, schema: purposeSchema, onlyColumns: { ...activityOwned, position: 'the order of the list' } },
  activityDataCategories: { table: t.activityDataCategories, schema: activityDataCategorySchema, onlyColumns: activityOwned },
  activityRecipients: { table: t.activityRecipients, schema: activityRecipientSchema, onlyColumns: activityOwned },
  dataLinks: { table: t.dataLinks, schema: dataLinkSchema, onlyColumns: activityOwned },
  transfers: { table: t.transfers, schema: transferSchema },
  processorActivities: { table: t.processorActivities, schema: processorActivitySchema },
  findingAcknowledgements: { table: t.findingAcknowledgements, schema: findingAcknowledgementSchema },
  dpfSnapshots: { table: t.dpfSnapshots, schema: dpfSnapshotSchema, onlyFields: { entries: 'rows of dpf_entries' } },
  dpfEntries: {
    table: t.dpfEntries,
    schema: dpfEntrySchema,
    onlyColumns: { snapshotId: 'the snapshot it belongs to', id: 'the key, in the order of the list' },
  },
  settings: { table: t.settings, schema: settingSchema },
};

describe('each entity’s table and its schema', () => {
  it.each(Object.entries(pairs))('%s: every column is a field and every field a column', (_name, pair) => {
    const columns = Object.keys(getTableColumns(pair.table)).filter((c) => !(c in (pair.onlyColumns ?? {})));
    const fields = Object.keys(pair.schema.shape).filter((f) => !(f in (pair.onlyFields ?? {})));
    expect(columns.sort()).toEqual(fields.sort());
  });

  it('says why each exception is one, and no exception is stale', () => {
    for (const [name, pair] of Object.entries(pairs)) {
      const columns = Object.keys(getTableColumns(pair.table));
      for (const c of Object.keys(pair.onlyColumns ?? {})) expect(columns, `${name}.${c}`).toContain(c);
      for (const f of Object.keys(pair.onlyFields ?? {})) expect(Object.keys(pair.schema.shape), `${name}.${f}`).toContain(f);
    }
  });
});
