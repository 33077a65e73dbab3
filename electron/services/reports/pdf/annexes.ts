import type { Transfer } from '../../../shared/schemas/entities';
import { art28Items, severities } from '../../../shared/vocab';
import { collator, countryName, shortDate } from '../labels/format';
import { chapterVTransfers } from '../model/register-index';
import type { ActivityHead, ReportData } from '../model/report-data';
import { mechanismText, periodText, safeguardLines, transferRecipient } from './activity-items';
import { sectionHeading } from './activity-section';
import { type Cell, paragraph } from './engine/blocks';
import { table } from './engine/table';
import { orNotRecorded, type ReportContext, type TocEntry } from './report-context';

export type AnnexKind = 'processors' | 'transfers' | 'findings';

/** Annex: every processor and sub-processor with its data processing agreements (Art 28). */
function processorsAnnex(ctx: ReportContext): void {
  const { t, flow, data } = ctx;
  const compare = collator(t.lang).compare;
  const processors = [...data.recipients.values()]
    .filter((r) => (r.role === 'processor' || r.role === 'sub_processor') && r.archivedAt === null)
    .sort((x, y) => compare(x.name, y.name));
  if (processors.length === 0) {
    paragraph(flow, { text: t.noProcessors, tone: 'muted' });
    return;
  }
  const date = (d: string | null) => (d ? shortDate(d, t.lang) : '–');
  const rows: Cell[][] = [];
  for (const p of processors) {
    const parent = p.parentId ? data.recipients.get(p.parentId)?.name : null;
    const who = `${p.name}${parent ? `\n(${t.subProcessorOf(parent)})` : ''}`;
    const country = p.country ? countryName(p.country, t.lang) : orNotRecorded(ctx, null);
    const supervision = p.lastSupervisionOn ? shortDate(p.lastSupervisionOn, t.lang) : orNotRecorded(ctx, null);
    const dpas = data.dpasByRecipient.get(p.id) ?? [];
    if (dpas.length === 0) {
      rows.push([who, country, { text: t.noDpa, tone: 'empty' }, '', '', '', supervision]);
      continue;
    }
    for (const d of dpas) {
      const ends = d.endOn || d.renewalOn ? `${date(d.endOn)} / ${date(d.renewalOn)}` : orNotRecorded(ctx, null);
      rows.push([
        who,
        country,
        d.title,
        d.signedOn ? shortDate(d.signedOn, t.lang) : orNotRecorded(ctx, null),
        ends,
        t.art28Coverage(d.art28Covered.length, art28Items.length),
        supervision,
      ]);
    }
  }
  table(
    flow,
    [
      { title: t.processor, share: 1.2 },
      { title: t.country, share: 0.7 },
      { title: t.dpaTitle, share: 1.3 },
      { title: t.dpaSigned, share: 0.95 },
      { title: t.dpaEnds, share: 0.9 },
      { title: t.art28Column, share: 0.85 },
      { title: t.lastSupervision, share: 0.8 },
    ],
    rows,
  );
}

/** Activities whose transfers are read per query in the transfers annex. */
const TRANSFER_BATCH = 200;

/**
 * Every Chapter V transfer in print order: those without an activity first, then each activity's
 * (archived activities left out), read a batch of activities at a time.
 */
function* transfersInPrintOrder(data: ReportData): Generator<{ transfer: Transfer; activity: ActivityHead | null }> {
  for (const transfer of chapterVTransfers(data.transfersWithoutActivity())) yield { transfer, activity: null };
  for (let i = 0; i < data.activities.length; i += TRANSFER_BATCH) {
    const heads = data.activities.slice(i, i + TRANSFER_BATCH);
    const byActivity = data.transfersOf(heads.map((h) => h.id));
    for (const activity of heads) for (const transfer of chapterVTransfers(byActivity.get(activity.id))) yield { transfer, activity };
  }
}

/** Annex: every Chapter V transfer, by activity, with its mechanism and period. */
function transfersAnnex(ctx: ReportContext): void {
  const { t, flow } = ctx;
  const transfers = transfersInPrintOrder(ctx.data);
  const first = transfers.next();
  if (first.done) {
    paragraph(flow, { text: t.noTransfers, tone: 'muted' });
    return;
  }
  const row = ({ transfer: tr, activity }: { transfer: Transfer; activity: ActivityHead | null }): Cell[] => [
    // The reference alone keeps this overview narrow; the name is one click away in the TOC.
    activity ? (activity.reference ?? activity.name) : orNotRecorded(ctx, null),
    transferRecipient(ctx, tr),
    tr.country ? countryName(tr.country, t.lang) : orNotRecorded(ctx, null),
    mechanismText(ctx, tr),
    periodText(ctx, tr.startOn, tr.endOn),
    safeguardLines(ctx, tr),
  ];
  function* rows(): Generator<Cell[]> {
    yield row(first.value as { transfer: Transfer; activity: ActivityHead | null });
    for (const next of transfers) yield row(next);
  }
  table(
    flow,
    [
      { title: t.activityShort, share: 0.7 },
      { title: t.transferRecipient, share: 0.95 },
      { title: t.country, share: 0.78 },
      { title: t.mechanism, share: 1.25 },
      { title: t.period, share: 0.75 },
      { title: t.safeguards, share: 0, wide: true },
    ],
    rows(),
  );
}

/** Annex: findings of the compliance check, open ones first, then by severity. */
function findingsAnnex(ctx: ReportContext): void {
  const { t, v, flow } = ctx;
  const findings = [...(ctx.options.findings ?? [])].sort(
    (x, y) => (x.status === y.status ? 0 : x.status === 'open' ? -1 : 1) || severities.indexOf(x.severity) - severities.indexOf(y.severity),
  );
  if (findings.length === 0) {
    paragraph(flow, { text: t.noFindings, tone: 'muted' });
    return;
  }
  table(
    flow,
    [
      // Rule ids such as REF-PRIVACYSHIELD must fit on one line: a broken id cannot be searched for.
      { title: t.severity, share: 0.55 },
      { title: t.rule, share: 1.05 },
      { title: t.concerns, share: 0.95 },
      { title: t.finding, share: 1.9 },
      { title: t.findingStatus, share: 0.9 },
    ],
    findings.map((f): Cell[] => [
      v.severity(f.severity),
      f.ruleId,
      f.entityName,
      f.message,
      f.status === 'open' ? { text: t.findingOpen, tone: 'bold' } : t.findingAcknowledged(f.justification ?? null),
    ]),
  );
}

const renderers: Record<AnnexKind, (ctx: ReportContext) => void> = {
  processors: processorsAnnex,
  transfers: transfersAnnex,
  findings: findingsAnnex,
};

/** One annex, from its heading on (the caller starts the page). */
export function renderAnnex(ctx: ReportContext, kind: AnnexKind, entry: TocEntry): void {
  sectionHeading(ctx, entry, entry.reference ?? ctx.t.runningHeaderAnnex);
  renderers[kind](ctx);
}
