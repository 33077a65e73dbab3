import type { Activity, Purpose, Transfer } from '../../../shared/schemas/entities';
import { collator, countryName, isThirdCountry, shortDate } from '../labels/format';
import { chapterVTransfers } from '../model/register-index';
import { type Cell, labelValue, paragraph, subHeading } from './engine/blocks';
import { table } from './engine/table';
import { listOrNone, orNotRecorded, type ReportContext } from './report-context';

/** Art 30(1)(a)–(g) for one activity, each printed from the register only; gaps say "not recorded". */

function recipientName(ctx: ReportContext, id: string): string {
  return ctx.data.recipients.get(id)?.name ?? id;
}

function countryCell(ctx: ReportContext, code: string | null, international = false): Cell {
  if (!code) return orNotRecorded(ctx, null);
  const name = countryName(code, ctx.t.lang);
  return international || isThirdCountry(code) ? `${name} (${ctx.t.thirdCountry})` : name;
}

export function itemA(ctx: ReportContext, activity: Activity): void {
  const { t, flow, organisation: org } = ctx;
  const controller = org
    ? `${org.name}${org.registrationNumber ? `, ${t.registrationNumber} ${org.registrationNumber}` : ''} (${t.contactOnCover})`
    : null;
  labelValue(flow, t.controller, orNotRecorded(ctx, controller));
  const joint = activity.recipients
    .filter((r) => r.role === 'joint_controller')
    .map((r) => {
      const rec = ctx.data.recipients.get(r.recipientId);
      return rec?.contactEmail ? `${rec.name} (${rec.contactEmail})` : recipientName(ctx, r.recipientId);
    });
  if (activity.jointControllerArrangement) joint.push(activity.jointControllerArrangement);
  labelValue(flow, t.jointController, joint.length > 0 ? joint.join('\n') : orNotRecorded(ctx, null));
  labelValue(flow, t.representative, orNotRecorded(ctx, org?.euRepresentativeName));
  const dpo = org?.dpoName ? [org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(', ') : null;
  if (org?.dpoAppointed === false && !dpo) labelValue(flow, t.dpo, { text: t.noDpoAppointed, tone: 'empty' });
  else labelValue(flow, t.dpo, orNotRecorded(ctx, dpo));
}

export function legalBasisLines(ctx: ReportContext, p: Purpose): Cell {
  const { t, v } = ctx;
  const lines: string[] = [];
  if (p.art6Basis) lines.push(v.art6(p.art6Basis));
  if (p.art9Condition) lines.push(v.art9(p.art9Condition));
  if (p.art10Ground) lines.push(v.art10(p.art10Ground));
  if (p.cprGround) lines.push(v.cpr(p.cprGround));
  if (p.nationalProvision) lines.push(`${t.nationalProvision}: ${p.nationalProvision}`);
  if (p.legitimateInterest) lines.push(`${t.legitimateInterest}: ${p.legitimateInterest}`);
  if (p.legitimateInterestAssessmentRef) lines.push(`${t.liaRef}: ${p.legitimateInterestAssessmentRef}`);
  if (p.consentRecordRef) lines.push(`${t.consentRef}: ${p.consentRecordRef}`);
  if (lines.length === 0) return orNotRecorded(ctx, null);
  if (!p.art6Basis) lines.unshift(`${t.lang === 'da' ? 'Art. 6' : 'Art 6'}: ${t.notRecorded.toLowerCase()}`);
  return lines.join('\n');
}

export function itemB(ctx: ReportContext, activity: Activity): void {
  const { t, flow } = ctx;
  if (activity.purposes.length === 0) paragraph(flow, { text: t.noneRecorded, tone: 'empty' });
  else
    table(
      flow,
      [
        { title: t.purpose, share: 1.1 },
        { title: t.legalBasis, share: 1 },
      ],
      activity.purposes.map((p) => [p.description, legalBasisLines(ctx, p)]),
    );
  if (activity.legalBasisText) labelValue(flow, t.legalBasisNote, activity.legalBasisText);
}

export function itemC(ctx: ReportContext, activity: Activity): void {
  const { t, v, flow, data } = ctx;
  const subjects = activity.dataSubjectIds.map((id) => data.subjects.get(id)?.name ?? id);
  labelValue(flow, t.subjectCategories, listOrNone(ctx, subjects));
  if (activity.dataCategories.length === 0) {
    labelValue(flow, t.dataCategory, listOrNone(ctx, []));
    return;
  }
  const rows = activity.dataCategories.map(({ dataCategoryId }) => {
    const cat = data.dataCategories.get(dataCategoryId);
    if (!cat) return [dataCategoryId, orNotRecorded(ctx, null)];
    const kind = cat.specialKind ? `: ${v.specialKind(cat.specialKind)}` : '';
    return [cat.description ? `${cat.name} – ${cat.description}` : cat.name, `${v.sensitivity(cat.sensitivity)}${kind}`];
  });
  table(
    flow,
    [
      { title: t.dataCategory, share: 1.5 },
      { title: t.dataType, share: 1 },
    ],
    rows,
  );
}

export function itemD(ctx: ReportContext, activity: Activity): void {
  const { t, v, flow, data } = ctx;
  if (activity.recipients.length === 0) {
    paragraph(flow, { text: t.noneRecorded, tone: 'empty' });
  } else {
    const rows = activity.recipients.map((r): Cell[] => {
      const rec = data.recipients.get(r.recipientId);
      const name = rec ? (rec.category ? `${rec.name} – ${rec.category}` : rec.name) : r.recipientId;
      return [
        name,
        v.role(r.role),
        countryCell(ctx, rec?.country ?? null, rec?.isInternationalOrganisation),
        orNotRecorded(ctx, r.purpose),
      ];
    });
    table(
      flow,
      [
        { title: t.recipient, share: 1.6 },
        { title: t.role, share: 0.9 },
        { title: t.country, share: 0.9 },
        { title: t.disclosurePurpose, share: 0, wide: true },
      ],
      rows,
    );
  }
  linkage(ctx, activity);
}

/** Datatilsynet's linkage: which personal data about which data subjects goes to which recipient. */
function linkage(ctx: ReportContext, activity: Activity): void {
  const { t, flow, data } = ctx;
  subHeading(flow, t.linkageTitle);
  if (activity.dataLinks.length === 0) {
    paragraph(flow, { text: t.notRecorded, tone: 'empty' });
    return;
  }
  const compare = collator(t.lang).compare;
  // The same triple entered twice says nothing more; print it once.
  const seen = new Set<string>();
  const links = activity.dataLinks.filter((l) => {
    const key = `${l.dataCategoryId}\u0000${l.subjectCategoryId}\u0000${l.recipientId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rows = links
    .map((l) => [
      data.dataCategories.get(l.dataCategoryId)?.name ?? l.dataCategoryId,
      data.subjects.get(l.subjectCategoryId)?.name ?? l.subjectCategoryId,
      l.recipientId ? recipientName(ctx, l.recipientId) : '',
    ])
    .sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]) || compare(x[2], y[2]));
  table(
    flow,
    [
      { title: t.linkageData, share: 1 },
      { title: t.linkageSubject, share: 1 },
      { title: t.linkageRecipient, share: 1 },
    ],
    rows.map(([d, s, r]): Cell[] => [d, s, r === '' ? { text: t.noRecipient, tone: 'muted' } : r]),
  );
}

export function periodText(ctx: ReportContext, start: string | null, end: string | null): Cell {
  if (!start && !end) return orNotRecorded(ctx, null);
  const from = start ? shortDate(start, ctx.t.lang) : '…';
  return `${from} – ${end ? shortDate(end, ctx.t.lang) : ctx.t.ongoing}`;
}

export function mechanismText(ctx: ReportContext, tr: Transfer): Cell {
  if (!tr.mechanism) return orNotRecorded(ctx, null);
  const label = ctx.v.mechanism(tr.mechanism);
  return tr.sccModule ? `${label}, ${ctx.t.sccModule(tr.sccModule)}` : label;
}

export function safeguardLines(ctx: ReportContext, tr: Transfer): Cell {
  const { t } = ctx;
  const lines = [tr.safeguardsText, tr.art49Assessment, tr.bcrApprovingAuthority].filter((x): x is string => !!x);
  if (tr.tiaOn) lines.push(`${t.tia}: ${shortDate(tr.tiaOn, t.lang)}`);
  return lines.length > 0 ? lines.join('\n') : orNotRecorded(ctx, null);
}

export function transferRecipient(ctx: ReportContext, tr: Transfer): string {
  const name = recipientName(ctx, tr.recipientId);
  return tr.exporterRecipientId ? `${name}\n(${ctx.t.onwardVia(recipientName(ctx, tr.exporterRecipientId))})` : name;
}

export function itemE(ctx: ReportContext, activityTransfers: Transfer[]): void {
  const { t, flow, data } = ctx;
  const transfers = chapterVTransfers(activityTransfers);
  if (transfers.length === 0) {
    paragraph(flow, { text: t.noTransfers, tone: 'muted' });
  } else {
    const rows = transfers.map((tr): Cell[] => [
      transferRecipient(ctx, tr),
      countryCell(ctx, tr.country ?? data.recipients.get(tr.recipientId)?.country ?? null),
      mechanismText(ctx, tr),
      periodText(ctx, tr.startOn, tr.endOn),
      safeguardLines(ctx, tr),
    ]);
    table(
      flow,
      [
        { title: t.transferRecipient, share: 1.1 },
        { title: t.country, share: 0.75 },
        { title: t.mechanism, share: 1.35 },
        { title: t.period, share: 0.8 },
        { title: t.safeguards, share: 0, wide: true },
      ],
      rows,
    );
  }
}

export function itemF(ctx: ReportContext, activity: Activity): void {
  const { t, flow, data } = ctx;
  if (activity.dataCategories.length > 0) {
    const rows = activity.dataCategories.map((c): Cell[] => [
      data.dataCategories.get(c.dataCategoryId)?.name ?? c.dataCategoryId,
      c.retentionMonths === null ? orNotRecorded(ctx, null) : t.months(c.retentionMonths),
      c.retentionText ?? '',
    ]);
    table(
      flow,
      [
        { title: t.dataCategory, share: 1.1 },
        { title: t.retentionPeriod, share: 0.7 },
        { title: t.retentionNote, share: 1.6 },
      ],
      rows,
    );
  }
  labelValue(flow, t.retentionSummary, orNotRecorded(ctx, activity.retentionSummary));
}

export function itemG(ctx: ReportContext, activity: Activity): void {
  const { t, v, flow, data } = ctx;
  labelValue(flow, t.securityDescription, orNotRecorded(ctx, activity.securityDescription));
  for (const kind of ['technical', 'organisational'] as const) {
    const names = activity.securityMeasureIds
      .map((id) => data.measures.get(id))
      .filter((m) => m?.kind === kind)
      .map((m) => m?.name ?? '');
    if (names.length > 0) labelValue(flow, v.measureKind(kind), names.join('\n'));
  }
}
