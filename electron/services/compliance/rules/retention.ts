import type { Activity } from '../../../shared/schemas/entities';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import type { KnowledgeBase } from '../knowledge-base';
import { activityEntity, openActivities } from './activity-common';

type RetentionEntry = Activity['dataCategories'][number];

/** The longest period a retention text states, in days ("30 dage", "6 months", "3 år"); null if none. */
export function statedDays(kb: KnowledgeBase, text: string | null): number | null {
  if (!text) return null;
  let longest: number | null = null;
  for (const unit of kb.retention.durationUnits) {
    for (const m of text.matchAll(unit.pattern)) {
      const days = Number(m[1]) * unit.days;
      if (longest === null || days > longest) longest = days;
    }
  }
  return longest;
}

/** Retention in days: the structured months when recorded (a month counted as 30 days), else what the text states. */
function retentionDays(kb: KnowledgeBase, entry: RetentionEntry): number | null {
  if (entry.retentionMonths !== null) return entry.retentionMonths * 30;
  return statedDays(kb, entry.retentionText);
}

/**
 * Danish retention rules (legal-knowledge §A5) per data category of an activity, by the
 * category's retention class: accounting material at least 5 years (bogføringsloven),
 * rejected applicants at most 3 years (Datatilsynet), CCTV at most 30 days (tv-overvågningsloven
 * § 4 c) unless an exception is recorded, and no indefinite retention of customer data.
 */
export function retentionRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb } = ctx;
  const limits = kb.files.retention.rules;
  for (const a of openActivities(ctx)) {
    const short: string[] = [];
    const applicantLong: string[] = [];
    const cctvLong: string[] = [];
    const indefinite: string[] = [];
    for (const entry of a.dataCategories) {
      const category = ctx.dataCategories.get(entry.dataCategoryId);
      if (!category) continue;
      const cls = category.retentionClass;
      const days = retentionDays(kb, entry);
      const months = entry.retentionMonths ?? (days === null ? null : days / 30);
      if (limits['RET-BOOK-SHORT'].classes.includes(cls) && months !== null && months < limits['RET-BOOK-SHORT'].minMonths) {
        short.push(category.name);
      }
      if (limits['RET-APPLICANT-LONG'].classes.includes(cls) && months !== null && months > limits['RET-APPLICANT-LONG'].maxMonths) {
        applicantLong.push(category.name);
      }
      if (limits['RET-CCTV-LONG'].classes.includes(cls) && days !== null && days > limits['RET-CCTV-LONG'].maxDays) {
        const text = `${entry.retentionText ?? ''} ${a.retentionSummary ?? ''}`;
        if (!kb.retention.cctvExceptions.some((p) => p.test(text))) cctvLong.push(category.name);
      }
      if (limits['RET-INDEFINITE'].classes.includes(cls)) {
        const text = entry.retentionText;
        const empty = entry.retentionMonths === null && text === null && a.retentionSummary === null;
        if (empty || (entry.retentionMonths === null && text !== null && kb.retention.indefinite.some((p) => p.test(text)))) {
          indefinite.push(category.name);
        }
      }
    }
    const entity = activityEntity(a);
    const at = (categories: string[], limit?: number) => ({
      activityId: a.id,
      vars: { activity: a.name, categories: { list: categories }, ...(limit === undefined ? {} : { limit }) },
    });
    if (short.length > 0) emit('RET-BOOK-SHORT', entity, at(short, limits['RET-BOOK-SHORT'].minMonths));
    if (applicantLong.length > 0) emit('RET-APPLICANT-LONG', entity, at(applicantLong, limits['RET-APPLICANT-LONG'].maxMonths));
    if (cctvLong.length > 0) emit('RET-CCTV-LONG', entity, at(cctvLong, limits['RET-CCTV-LONG'].maxDays));
    if (indefinite.length > 0) emit('RET-INDEFINITE', entity, at(indefinite));
  }
}
