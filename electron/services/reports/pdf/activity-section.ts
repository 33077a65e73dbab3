import type { Activity, Transfer } from '../../../shared/schemas/entities';
import { countryName, shortDate } from '../labels/format';
import { itemA, itemB, itemC, itemD, itemE, itemF, itemG } from './activity-items';
import { baselineOf, drawLines, itemHeading, labelValue, paragraph, subHeading } from './engine/blocks';
import { colour, contentWidth, page, type } from './engine/theme';
import { wrapText } from './engine/wrap';
import { markSection, orNotRecorded, type ReportContext, type TocEntry } from './report-context';

/** Section heading: a tinted band with reference and status above the activity's name. */
export function sectionHeading(ctx: ReportContext, entry: TocEntry, kicker: string): void {
  const { flow } = ctx;
  const lines = wrapText(entry.title, flow.faces.bold, type.h1.size, contentWidth - 20);
  const height = 10 + type.small.leading + lines.length * type.h1.leading + 8;
  flow.runningTitle = entry.reference ? `${entry.reference} ${entry.title}` : entry.title;
  flow.ensure(height + 6 * type.body.leading);
  markSection(ctx, entry);
  flow.sink.fillRect(page.left, flow.y, contentWidth, height, colour.accentLight);
  flow.sink.fillRect(page.left, flow.y, 3, height, colour.accent);
  flow.y += 8;
  flow.sink.text(flow.faces.bold, type.small.size, page.left + 12, baselineOf(flow.y, type.small), kicker, colour.muted);
  flow.y += type.small.leading;
  drawLines(flow, lines, flow.faces.bold, type.h1, page.left + 12, colour.accent);
  flow.y += 10 + 6;
}

function metaLine(ctx: ReportContext, activity: Activity): void {
  const { t } = ctx;
  const date = (d: string | null) => (d ? shortDate(d, t.lang) : t.notRecorded);
  const parts = [
    `${t.businessFunction}: ${activity.businessFunction ?? t.notRecorded}`,
    `${t.owner}: ${activity.owner ?? t.notRecorded}`,
    `${t.lastReviewed}: ${date(activity.lastReviewedOn)}`,
    `${t.nextReview}: ${date(activity.nextReviewOn)}`,
  ];
  paragraph(ctx.flow, { text: parts.join('  ·  '), tone: 'muted' }, { style: type.small });
}

function otherInformation(ctx: ReportContext, activity: Activity): void {
  const { t, v, flow, data } = ctx;
  flow.gap(6);
  subHeading(flow, t.otherInfo);
  paragraph(flow, { text: t.otherInfoNote, tone: 'muted' }, { style: type.small });
  const systems = activity.systemIds.map((id) => {
    const s = data.systems.get(id);
    return s ? (s.location ? `${s.name} (${s.location})` : s.name) : id;
  });
  if (systems.length > 0) labelValue(flow, t.systems, systems.join('\n'));
  labelValue(flow, t.dataSources, orNotRecorded(ctx, activity.dataSources));
  labelValue(flow, t.dataLocation, orNotRecorded(ctx, activity.dataLocation));
  const dpia = activity.dpiaReference ? `${v.dpia(activity.dpiaStatus)} (${activity.dpiaReference})` : v.dpia(activity.dpiaStatus);
  labelValue(flow, t.dpia, dpia);
  labelValue(flow, t.automatedDecisions, activity.automatedDecisionMaking ? t.yes : t.no);
  // Recorded facts the Regulation does not list are printed only when recorded, so a short entry stays short.
  if (activity.processingJurisdiction) labelValue(flow, t.processingJurisdiction, countryName(activity.processingJurisdiction, t.lang));
  if (activity.processingChangedOn) labelValue(flow, t.processingChangedOn, shortDate(activity.processingChangedOn, t.lang));
  if (activity.art30_5Exempt || activity.occasional || activity.likelyRisk) {
    const answer = (on: boolean) => (on ? t.yes : t.no);
    labelValue(
      flow,
      t.art30_5,
      [
        `${t.art30_5Claimed}: ${answer(activity.art30_5Exempt)}`,
        `${t.occasional}: ${answer(activity.occasional)}`,
        `${t.likelyRisk}: ${answer(activity.likelyRisk)}`,
      ].join('\n'),
    );
  }
}

/** One processing activity with Art 30(1)(a)–(g) in the order of the Regulation (the caller decides page breaks). */
export function renderActivity(ctx: ReportContext, activity: Activity, transfers: Transfer[], entry: TocEntry): void {
  const { flow, t, v } = ctx;
  flow.gap(18);
  const kicker = [activity.reference, `${t.status}: ${v.status(activity.status)}`].filter(Boolean).join('  ·  ');
  sectionHeading(ctx, entry, kicker);
  metaLine(ctx, activity);
  if (activity.description) {
    flow.gap(3);
    paragraph(flow, activity.description);
  }
  const items = t.controllerItems;
  itemHeading(flow, 'a', items.a);
  itemA(ctx, activity);
  itemHeading(flow, 'b', items.b);
  itemB(ctx, activity);
  itemHeading(flow, 'c', items.c);
  itemC(ctx, activity);
  itemHeading(flow, 'd', items.d);
  itemD(ctx, activity);
  itemHeading(flow, 'e', items.e);
  itemE(ctx, transfers);
  itemHeading(flow, 'f', items.f);
  itemF(ctx, activity);
  itemHeading(flow, 'g', items.g);
  itemG(ctx, activity);
  otherInformation(ctx, activity);
}
