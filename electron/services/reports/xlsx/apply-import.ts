import { blankDataCategory, blankDataSubjectCategory } from '../../../shared/schemas/blank-entities';
import type { Activity, DataCategory, DataSubjectCategory, Purpose, Recipient, SecurityMeasure } from '../../../shared/schemas/entities';
import { canonicaliseRegister, type Register, registerSchema } from '../../../shared/schemas/register';
import type { ActivityImport, CatalogueRef } from './activity-import';
import { newActivity, newMeasure, newRecipient } from './new-entities';

export type NewIdKind = 'activity' | 'purpose' | 'dataCategory' | 'dataSubject' | 'recipient' | 'securityMeasure' | 'dataLink';

export interface ApplyImportOptions {
  /** Makes the id of every new entity; deterministic generators give deterministic documents. */
  newId: (kind: NewIdKind) => string;
  /** Timestamp (ISO-8601 UTC) for created and changed entities. */
  now: string;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The activity fields a layout holds (those it leaves out stay as the activity has them). */
const optionalFields = [
  'businessFunction',
  'owner',
  'dataSources',
  'dataLocation',
  'dpiaStatus',
  'dpiaReference',
  'automatedDecisionMaking',
  'lastReviewedOn',
  'jointControllerArrangement',
] as const satisfies readonly (keyof ActivityImport & keyof Activity)[];

function held(imp: ActivityImport): Partial<Activity> {
  return Object.fromEntries(optionalFields.filter((k) => imp[k] !== undefined).map((k) => [k, imp[k]]));
}

/**
 * Applies imported activities to a register and returns a new, validated register document (the
 * input is not changed), for the lead's atomic JSON import path.
 * - Catalogue names without an id become new catalogue entries (one per distinct name).
 * - An import matches an existing activity by reference, else by name (case-insensitive); a match
 *   gets the fields the spreadsheet holds replaced and keeps everything else (description, owner,
 *   disclosure purposes of recipients that stay, linkage rows that still apply, review dates…).
 * - Anything unmatched becomes a new activity.
 */
export function applyImportToRegister(register: Register, imports: ActivityImport[], options: ApplyImportOptions): Register {
  const { newId, now } = options;
  const dataCategories = [...register.dataCategories];
  const subjects = [...register.dataSubjectCategories];
  const recipients = [...register.recipients];
  const measures = [...register.securityMeasures];

  /** The id of a catalogue reference, creating the entry the first time a new name is seen. */
  function resolver<T extends { id: string; name: string }>(list: T[], kind: NewIdKind) {
    return (ref: CatalogueRef, make: (id: string, name: string) => T): string => {
      if (ref.id) return ref.id;
      const existing = list.find((x) => norm(x.name) === norm(ref.name));
      if (existing) return existing.id;
      const entity = make(newId(kind), ref.name.trim());
      list.push(entity);
      return entity.id;
    };
  }
  const category = resolver<DataCategory>(dataCategories, 'dataCategory');
  const subject = resolver<DataSubjectCategory>(subjects, 'dataSubject');
  const measure = resolver<SecurityMeasure>(measures, 'securityMeasure');
  const recipient = resolver<Recipient>(recipients, 'recipient');

  const live = register.activities.filter((a) => a.archivedAt === null);
  const activities = [...register.activities];
  for (const imp of imports) {
    const match =
      (imp.reference ? live.find((a) => a.reference !== null && norm(a.reference) === norm(imp.reference ?? '')) : undefined) ??
      live.find((a) => norm(a.name) === norm(imp.name));
    const base = match ?? newActivity(newId('activity'), imp.name, now);
    const oldPurposes = new Map(base.purposes.map((p) => [norm(p.description), p.id]));
    const purposes: Purpose[] = imp.purposes.map((p) => ({ ...p, id: oldPurposes.get(norm(p.description)) ?? newId('purpose') }));
    const activityRecipients = imp.recipients.map(({ recipient: ref, role }) => {
      const id = recipient(ref, (newRecipientId, name) => newRecipient(newRecipientId, name, role, now));
      return { recipientId: id, role, purpose: base.recipients.find((r) => r.recipientId === id)?.purpose ?? null };
    });
    const next: Activity = {
      ...base,
      ...held(imp),
      name: imp.name,
      reference: imp.reference ?? base.reference,
      status: imp.status,
      securityDescription: imp.securityDescription,
      retentionSummary: imp.retentionSummary,
      purposes,
      dataCategories: imp.dataCategories.map((c) => ({
        dataCategoryId: category(c.category, (id, name) => blankDataCategory(id, name, now)),
        retentionMonths: c.retentionMonths,
        retentionText: c.retentionText,
      })),
      dataSubjectIds: imp.dataSubjects.map((ref) => subject(ref, (id, name) => blankDataSubjectCategory(id, name, now))),
      recipients: activityRecipients,
      securityMeasureIds: imp.securityMeasures.map((ref) => measure(ref, (id, name) => newMeasure(id, name, now))),
      updatedAt: now,
    };
    if (imp.dataLinks) {
      // The layout holds the linkage: it is the sheet's, each row kept with its id when it was there before.
      const links = imp.dataLinks.map((l) => ({
        dataCategoryId: category(l.category, (id, name) => blankDataCategory(id, name, now)),
        subjectCategoryId: subject(l.subject, (id, name) => blankDataSubjectCategory(id, name, now)),
        recipientId: l.recipient ? recipient(l.recipient, (id, name) => newRecipient(id, name, 'processor', now)) : null,
      }));
      next.dataLinks = links.map((l) => {
        const same = base.dataLinks.find(
          (b) => b.dataCategoryId === l.dataCategoryId && b.subjectCategoryId === l.subjectCategoryId && b.recipientId === l.recipientId,
        );
        return { id: same?.id ?? newId('dataLink'), ...l };
      });
    } else {
      // Linkage rows are not in the spreadsheet: keep those whose data category and data subjects are
      // still part of the activity and whose recipient was not taken off it by this import.
      const removedRecipients = new Set(
        base.recipients.map((r) => r.recipientId).filter((id) => !next.recipients.some((r) => r.recipientId === id)),
      );
      next.dataLinks = base.dataLinks.filter(
        (l) =>
          next.dataCategories.some((c) => c.dataCategoryId === l.dataCategoryId) &&
          next.dataSubjectIds.includes(l.subjectCategoryId) &&
          (l.recipientId === null || !removedRecipients.has(l.recipientId)),
      );
    }
    const at = activities.findIndex((a) => a.id === base.id);
    if (at >= 0) activities[at] = next;
    else activities.push(next);
  }

  return canonicaliseRegister(
    registerSchema.parse({
      ...register,
      dataCategories,
      dataSubjectCategories: subjects,
      securityMeasures: measures,
      recipients,
      activities,
    }),
  );
}
