import type { z } from 'zod';
import type { RecipientRole } from '../vocab';
import {
  type Activity,
  activityFieldsSchema,
  activityRelationsSchema,
  type DataCategory,
  type DataSubjectCategory,
  type Dpa,
  dataCategorySchema,
  dataSubjectCategorySchema,
  dpaSchema,
  type Organisation,
  organisationSchema,
  type ProcessorActivity,
  type Purpose,
  processorActivitySchema,
  purposeSchema,
  type Recipient,
  recipientSchema,
  type SecurityMeasure,
  type System,
  securityMeasureSchema,
  systemSchema,
  type Transfer,
  transferSchema,
} from './entities';
import { blankFields } from './field-kinds';

/**
 * Blank entities: every field nobody has filled in yet, derived from the entity's schema in
 * entities.ts (null, false, [] or '' by the field's type; a vocabulary's starting value where the
 * schema names one). The database's create defaults, the example register, the spreadsheet import,
 * the renderer's new-entity forms and the test builders all start from here, so a field added to an
 * entity's schema is blank everywhere without another line. Callers say what they know (ids, names,
 * timestamps) and spread their own differences over the result.
 */

/** An entity without the keys the server owns: its id and its timestamps. */
export type EntityFields<E> = Omit<E, 'id' | 'createdAt' | 'updatedAt'>;
export type ActivityRelations = z.infer<typeof activityRelationsSchema>;
/** An activity's own fields: no id, timestamps or relations. */
export type ActivityFields = Omit<EntityFields<Activity>, keyof ActivityRelations>;

const serverOwned = ['id', 'createdAt', 'updatedAt'];
const stamped = (at: string) => ({ createdAt: at, updatedAt: at });

/** The blank fields of an entity schema, without the keys the server owns. */
function blank<E>(schema: z.ZodObject<z.ZodRawShape>): () => EntityFields<E> {
  return () => blankFields(schema, serverOwned) as EntityFields<E>;
}

export const organisationFieldDefaults = blank<Organisation>(organisationSchema);
export const dataCategoryFieldDefaults = blank<DataCategory>(dataCategorySchema);
export const dataSubjectCategoryFieldDefaults = blank<DataSubjectCategory>(dataSubjectCategorySchema);
export const securityMeasureFieldDefaults = blank<SecurityMeasure>(securityMeasureSchema);
export const systemFieldDefaults = blank<System>(systemSchema);
export const recipientFieldDefaults = blank<Recipient>(recipientSchema);
export const dpaFieldDefaults = blank<Dpa>(dpaSchema);
export const transferFieldDefaults = blank<Transfer>(transferSchema);
export const processorActivityFieldDefaults = blank<ProcessorActivity>(processorActivitySchema);

export function activityFieldDefaults(): ActivityFields {
  return { ...blankFields(activityFieldsSchema), archivedAt: null } as ActivityFields;
}

export function emptyActivityRelations(): ActivityRelations {
  return blankFields(activityRelationsSchema) as ActivityRelations;
}

export function blankOrganisation(name: string, at: string): Organisation {
  return { id: 'org', ...organisationFieldDefaults(), name, ...stamped(at) };
}

export function blankDataCategory(id: string, name: string, at: string): DataCategory {
  return { id, ...dataCategoryFieldDefaults(), name, ...stamped(at) };
}

export function blankDataSubjectCategory(id: string, name: string, at: string): DataSubjectCategory {
  return { id, ...dataSubjectCategoryFieldDefaults(), name, ...stamped(at) };
}

export function blankSecurityMeasure(id: string, name: string, at: string): SecurityMeasure {
  return { id, ...securityMeasureFieldDefaults(), name, ...stamped(at) };
}

export function blankSystem(id: string, name: string, at: string): System {
  return { id, ...systemFieldDefaults(), name, ...stamped(at) };
}

export function blankRecipient(id: string, name: string, role: RecipientRole, at: string): Recipient {
  return { id, ...recipientFieldDefaults(), name, role, ...stamped(at) };
}

export function blankDpa(id: string, recipientId: string, title: string, at: string): Dpa {
  return { id, ...dpaFieldDefaults(), recipientId, title, ...stamped(at) };
}

export function blankActivity(id: string, name: string, at: string): Activity {
  // archivedAt after the relations, as in activitySchema, so a blank activity has the schema's key order.
  const { archivedAt, ...fields } = activityFieldDefaults();
  return { id, ...fields, name, ...emptyActivityRelations(), archivedAt, ...stamped(at) };
}

export function blankPurpose(id: string, description: string): Purpose {
  return { ...(blankFields(purposeSchema) as Purpose), id, description };
}

export function blankTransfer(id: string, recipientId: string, at: string): Transfer {
  return { id, ...transferFieldDefaults(), recipientId, ...stamped(at) };
}

export function blankProcessorActivity(id: string, controllerName: string, categoriesOfProcessing: string, at: string): ProcessorActivity {
  return { id, ...processorActivityFieldDefaults(), controllerName, categoriesOfProcessing, ...stamped(at) };
}
