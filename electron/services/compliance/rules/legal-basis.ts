import type { LocalizedText } from '../../../shared/schemas/findings';
import type { DataSensitivity, ToolTag } from '../../../shared/vocab';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { ruleConstant, ruleText } from '../rule-texts';
import { activityEntity, openActivities, recipientsOf } from './activity-common';

const SENSITIVE_RULES = [
  ['LB-ART9-MISSING', 'special'],
  ['LB-CPR', 'cpr'],
  ['LB-ART10', 'criminal'],
] as const;

/**
 * Lawfulness (legal-knowledge §A3): an Art 6(1) basis for every active entry; an Art 9(2)
 * condition, a DBL § 11 ground or an Art 10 / DBL § 8 ground wherever special, CPR or criminal
 * data appear; no legitimate interests for a public authority; consent and an Art 26
 * arrangement where trackers such as Google Analytics or the Meta Pixel are used.
 */
export function legalBasisRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb } = ctx;
  const trackers = new Set(ruleConstant<ToolTag[]>(kb, 'TOOL-TRACKER-BASIS', 'trackerTools'));
  const publicAuthority = ctx.organisation?.controllerType === 'public_authority';
  for (const a of openActivities(ctx)) {
    const entity = activityEntity(a);
    const activityId = a.id;
    const activity = a.name;
    // One pass over purposes and categories: this runs for every activity.
    let basis = false;
    let consent = false;
    let legitimateInterest = false;
    let art9 = false;
    let cprGround = false;
    let art10 = false;
    for (const p of a.purposes) {
      if (p.art6Basis !== null) basis = true;
      if (p.art6Basis === 'a') consent = true;
      if (p.art6Basis === 'f') legitimateInterest = true;
      if (p.art9Condition !== null) art9 = true;
      if (p.cprGround !== null) cprGround = true;
      if (p.art10Ground !== null) art10 = true;
    }
    if (a.status === 'active' && !basis) emit('LB-MISSING', entity, { activityId, vars: { activity } });

    const ungrounded: Partial<Record<DataSensitivity, string[]>> = {};
    for (const entry of a.dataCategories) {
      const category = ctx.dataCategories.get(entry.dataCategoryId);
      if (!category || category.sensitivity === 'ordinary') continue;
      const grounded = category.sensitivity === 'special' ? art9 : category.sensitivity === 'cpr' ? cprGround : art10;
      if (grounded) continue;
      const names = ungrounded[category.sensitivity];
      if (names) names.push(category.name);
      else ungrounded[category.sensitivity] = [category.name];
    }
    for (const [ruleId, sensitivity] of SENSITIVE_RULES) {
      const names = ungrounded[sensitivity];
      if (names) emit(ruleId, entity, { activityId, vars: { activity, categories: { list: names } } });
    }
    if (publicAuthority && legitimateInterest) emit('LB-PUBLIC-6F', entity, { activityId, vars: { activity } });

    const tools = new Set<ToolTag>();
    const pixel: string[] = [];
    for (const r of recipientsOf(ctx, a)) {
      for (const t of r.tools) {
        if (trackers.has(t)) tools.add(t);
        if (t === 'tool_pixel') pixel.push(r.name);
      }
    }
    if (tools.size > 0 && !consent) {
      const names: LocalizedText[] = [...tools].sort().map((t) => ruleText(kb, 'TOOL-TRACKER-BASIS', t));
      emit('TOOL-TRACKER-BASIS', entity, { activityId, vars: { activity, tools: { list: names } } });
    }
    if (pixel.length > 0 && a.jointControllerArrangement === null) {
      emit('TOOL-PIXEL-JOINT', entity, { activityId, vars: { activity, recipients: { list: pixel } } });
    }
  }
}
