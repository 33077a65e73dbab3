import type { Activity, Purpose } from '../../../shared/schemas/entities';
import type { LocalizedText } from '../../../shared/schemas/findings';
import type { SpecialKind, SubjectKind } from '../../../shared/vocab';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { ruleConstant, ruleText } from '../rule-texts';
import { fillLocalized } from '../templates';
import { activityEntity, categoriesOf, openActivities } from './activity-common';

/** A purpose named in a message: its description, shortened, so a long purpose does not swamp the text. */
function purposeName(p: Purpose): string {
  const text = p.description.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `"${text.slice(0, 79)}…"` : `"${text}"`;
}

function reliesOnLegitimateInterest(p: Purpose): boolean {
  return p.art6Basis === 'f' || p.art10Ground === 'dbl8_3_interest';
}

function reliesOnConsent(p: Purpose): boolean {
  return p.art6Basis === 'a' || p.art9Condition === 'a' || p.art10Ground === 'dbl8_3_consent' || p.cprGround === 'dbl11_2_2';
}

const blank = (s: string | null) => s === null || s.trim() === '';

/** The items of Datatilsynet's Art 35(4) list an activity meets, as far as the register can show them. */
function dpiaListItems(ctx: EvaluationContext, a: Activity, subjectKinds: Map<string, SubjectKind>): LocalizedText[] {
  const { kb } = ctx;
  const rule = 'DPIA-LIST-MISSING';
  const vulnerable = new Set(ruleConstant<SubjectKind[]>(kb, rule, 'vulnerableSubjects'));
  const listed = ruleConstant<SpecialKind[]>(kb, rule, 'listedSpecialKinds');
  const categories = categoriesOf(ctx, a);
  const kinds = new Set(categories.map((c) => c.specialKind).filter((k): k is SpecialKind => k !== null));
  const items: LocalizedText[] = [];
  if (a.automatedDecisionMaking) items.push(ruleText(kb, rule, 'automated'));
  for (const kind of listed) {
    if (!kinds.has(kind)) continue;
    // "With at least one other WP248 criterion": the ones the register records.
    const other: LocalizedText[] = [];
    const subjects = a.dataSubjectIds.map((id) => subjectKinds.get(id));
    if (subjects.some((k) => k !== undefined && vulnerable.has(k))) other.push(ruleText(kb, rule, 'vulnerable'));
    if (a.automatedDecisionMaking) other.push(ruleText(kb, rule, 'otherAutomated'));
    const sensitiveElsewhere = categories.some(
      (c) => c.sensitivity !== 'ordinary' && !(c.specialKind !== null && (listed as readonly string[]).includes(c.specialKind)),
    );
    if (sensitiveElsewhere) other.push(ruleText(kb, rule, 'otherSensitive'));
    if (a.likelyRisk) other.push(ruleText(kb, rule, 'likelyRisk'));
    if (other.length === 0) continue;
    items.push(fillLocalized(ruleText(kb, rule, kind), { other: { list: other } }, rule));
  }
  return items;
}

const DPIA_VARIANT: Partial<Record<Activity['dpiaStatus'], string>> = { not_required: 'markedNotRequired', in_progress: 'inProgress' };

/**
 * Evidence the record should point to (Art 5(2) accountability): the balancing test behind a
 * legitimate interest, the record of how consent is obtained and withdrawn, and a DPIA where
 * Datatilsynet's Art 35(4) list calls for one. The register holds references to the documents,
 * not the documents, so each rule asks only whether a reference is recorded.
 */
export function evidenceRules(ctx: EvaluationContext, emit: Emit): void {
  const subjectKinds = new Map(ctx.register.dataSubjectCategories.map((s) => [s.id, s.kind]));
  for (const a of openActivities(ctx)) {
    const entity = activityEntity(a);
    const activityId = a.id;
    const withoutAssessment = a.purposes.filter((p) => reliesOnLegitimateInterest(p) && blank(p.legitimateInterestAssessmentRef));
    if (withoutAssessment.length > 0) {
      emit('LB-LIA-MISSING', entity, { activityId, vars: { activity: a.name, purposes: { list: withoutAssessment.map(purposeName) } } });
    }
    const withoutRecord = a.purposes.filter((p) => reliesOnConsent(p) && blank(p.consentRecordRef));
    if (withoutRecord.length > 0) {
      emit('LB-CONSENT-RECORD', entity, { activityId, vars: { activity: a.name, purposes: { list: withoutRecord.map(purposeName) } } });
    }
    if (a.dpiaStatus === 'completed') continue;
    const items = dpiaListItems(ctx, a, subjectKinds);
    if (items.length > 0) {
      emit('DPIA-LIST-MISSING', entity, {
        activityId,
        variant: DPIA_VARIANT[a.dpiaStatus],
        vars: { activity: a.name, criteria: { list: items } },
      });
    }
  }
}
