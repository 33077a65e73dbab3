import type { Activity } from '../../../shared/schemas/entities';
import type { LocalizedText } from '../../../shared/schemas/findings';
import { type EvaluationContext, organisationEntity } from '../context';
import type { Emit } from '../finding-factory';
import { ruleConstant, ruleText } from '../rule-texts';
import { fillLocalized } from '../templates';
import { activityEntity, categoriesOf, openActivities } from './activity-common';

/**
 * Article 30 completeness (legal-knowledge §A4): what the record must hold under Art 30(1)
 * (a)–(g) and 30(2), the Datatilsynet linkage of data, data subjects and recipients (guidance
 * of 10 Aug 2020), and the limits of the under-250 exemption in Art 30(5).
 */
export function completenessRules(ctx: EvaluationContext, emit: Emit): void {
  const open = openActivities(ctx);
  if (open.length > 0) controllerDetails(ctx, emit);
  for (const a of open) activityContent(ctx, emit, a);
  recipientCountries(ctx, emit);
  processorRecord(ctx, emit);
}

function controllerDetails(ctx: EvaluationContext, emit: Emit): void {
  const org = ctx.organisation;
  const missing: LocalizedText[] = [];
  if (!org) missing.push(ruleText(ctx.kb, 'A30-1A', 'organisation'));
  else {
    if (org.email === null && org.phone === null && org.address === null) missing.push(ruleText(ctx.kb, 'A30-1A', 'contact'));
    if (org.dpoAppointed && org.dpoEmail === null && org.dpoPhone === null) missing.push(ruleText(ctx.kb, 'A30-1A', 'dpo'));
  }
  if (missing.length > 0) emit('A30-1A', organisationEntity(ctx), { variant: 'organisation', vars: { missing: { list: missing } } });
}

function activityContent(ctx: EvaluationContext, emit: Emit, a: Activity): void {
  const { kb } = ctx;
  const entity = activityEntity(a);
  const activityId = a.id;
  const activity = a.name;
  const categories = categoriesOf(ctx, a);

  if (a.jointControllerArrangement !== null && !a.recipients.some((r) => r.role === 'joint_controller')) {
    emit('A30-1A', entity, { activityId, vars: { activity } });
  }
  if (a.purposes.length === 0) emit('A30-1B', entity, { activityId, vars: { activity } });

  const lacking: LocalizedText[] = [];
  if (a.dataSubjectIds.length === 0) lacking.push(ruleText(kb, 'A30-1C', 'subjects'));
  if (a.dataCategories.length === 0) lacking.push(ruleText(kb, 'A30-1C', 'data'));
  if (lacking.length > 0) emit('A30-1C', entity, { activityId, vars: { activity, missing: { list: lacking } } });

  const listed = new Set(a.recipients.map((r) => r.recipientId));
  const unlisted = [...new Set((ctx.ownTransfersByActivity.get(a.id) ?? []).map((v) => v.recipient))].filter((r) => !listed.has(r.id));
  const external = a.recipients.filter((r) => r.role !== 'internal').map((r) => ctx.recipients.get(r.recipientId));
  const noCategory = external.filter((r) => r !== undefined && r.category === null);
  const problems: LocalizedText[] = [];
  const names = (list: { name: string }[]) => ({ list: list.map((r) => r.name) });
  if (unlisted.length > 0) problems.push(fillLocalized(ruleText(kb, 'A30-1D', 'unlisted'), { names: names(unlisted) }, 'A30-1D'));
  if (noCategory.length > 0)
    problems.push(fillLocalized(ruleText(kb, 'A30-1D', 'noCategory'), { names: names(noCategory as { name: string }[]) }, 'A30-1D'));
  if (problems.length > 0) emit('A30-1D', entity, { activityId, vars: { activity, problems: { list: problems } } });

  if (a.retentionSummary === null) {
    const noLimit = a.dataCategories.filter((c) => c.retentionMonths === null && c.retentionText === null);
    const named = noLimit.map((c) => ctx.dataCategories.get(c.dataCategoryId)?.name ?? c.dataCategoryId);
    if (named.length > 0) emit('A30-1F', entity, { activityId, vars: { activity, categories: { list: named } } });
  }
  if (a.securityDescription === null && a.securityMeasureIds.length === 0) emit('A30-1G', entity, { activityId, vars: { activity } });

  if (a.dataCategories.length > 0) {
    const linkedCategories = new Set(a.dataLinks.map((l) => l.dataCategoryId));
    const linkedRecipients = new Set(a.dataLinks.map((l) => l.recipientId));
    const unlinkedCategories = categories.filter((c) => !linkedCategories.has(c.id));
    const unlinkedRecipients = external.filter((r) => r !== undefined && !linkedRecipients.has(r.id)) as { name: string }[];
    const linkProblems: LocalizedText[] = [];
    if (unlinkedCategories.length > 0)
      linkProblems.push(fillLocalized(ruleText(kb, 'A30-LINK', 'categories'), { names: names(unlinkedCategories) }, 'A30-LINK'));
    if (unlinkedRecipients.length > 0)
      linkProblems.push(fillLocalized(ruleText(kb, 'A30-LINK', 'recipients'), { names: names(unlinkedRecipients) }, 'A30-LINK'));
    if (linkProblems.length > 0) emit('A30-LINK', entity, { activityId, vars: { activity, problems: { list: linkProblems } } });
  }

  if (a.art30_5Exempt) {
    const reasons: LocalizedText[] = [];
    if (!a.occasional) reasons.push(ruleText(kb, 'A30-5-MISUSE', 'notOccasional'));
    if (categories.some((c) => c.sensitivity === 'special' || c.sensitivity === 'criminal'))
      reasons.push(ruleText(kb, 'A30-5-MISUSE', 'sensitive'));
    if (a.likelyRisk) reasons.push(ruleText(kb, 'A30-5-MISUSE', 'risk'));
    const threshold = ruleConstant<number>(kb, 'A30-5-MISUSE', 'employeeThreshold');
    const employees = ctx.organisation?.employeeCount ?? null;
    if (employees !== null && employees >= threshold) {
      reasons.push(fillLocalized(ruleText(kb, 'A30-5-MISUSE', 'size'), { employees, threshold }, 'A30-5-MISUSE'));
    }
    if (reasons.length > 0) emit('A30-5-MISUSE', entity, { activityId, vars: { activity, reasons: { list: reasons } } });
  }
}

/** A30-1E once per recipient: its country is unknown and no current transfer to it records one. */
function recipientCountries(ctx: EvaluationContext, emit: Emit): void {
  const countryFromTransfer = new Set<string>();
  const inTransfers = new Set<string>();
  for (const v of [...ctx.ownTransfers, ...ctx.onwardTransfers]) {
    if (!v.current) continue;
    inTransfers.add(v.recipient.id);
    if (v.transfer.country !== null) countryFromTransfer.add(v.recipient.id);
  }
  for (const r of ctx.register.recipients) {
    if (r.archivedAt !== null || r.country !== null || r.isInternationalOrganisation || countryFromTransfer.has(r.id)) continue;
    if (!ctx.recipientUse.has(r.id) && !inTransfers.has(r.id)) continue;
    emit('A30-1E', { type: 'recipient', id: r.id, name: r.name }, { vars: { recipient: r.name } });
  }
}

function processorRecord(ctx: EvaluationContext, emit: Emit): void {
  const { kb } = ctx;
  if (!ctx.organisation?.actsAsProcessor) return;
  const records = ctx.register.processorActivities.filter((p) => p.archivedAt === null && p.status !== 'ended');
  if (records.length === 0) {
    emit('A30-2', organisationEntity(ctx), { variant: 'none' });
    return;
  }
  const uncertain = kb.rules.get('A30-2')?.uncertaintyNote;
  for (const p of records) {
    const missing: string[] = [];
    if (p.controllerContact === null) missing.push('a');
    if (p.categoriesOfProcessing.trim() === '') missing.push('b');
    if (p.thirdCountries.length > 0 && p.transferSafeguards === null) missing.push('c');
    if (p.securityDescription === null) missing.push('d');
    if (missing.length === 0) continue;
    const unverified = missing.includes('c') || missing.includes('d');
    emit(
      'A30-2',
      { type: 'processorActivity', id: p.id, name: p.controllerName },
      {
        vars: { controller: p.controllerName, missing: { list: missing.map((k) => ruleText(kb, 'A30-2', k)) } },
        ...(unverified ? { verification: 'M' as const, notes: uncertain ? [uncertain] : [] } : {}),
      },
    );
  }
}
