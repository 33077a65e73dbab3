import { longDate } from '../labels/format';
import { addressLine } from '../model/contact';
import { baselineOf, labelValue, paragraph } from './engine/blocks';
import { colour, contentWidth, page, type } from './engine/theme';
import { wrapText } from './engine/wrap';
import { REGISTER_HASH } from './header-footer';
import { orNotRecorded, type ReportContext } from './report-context';

function blockTitle(ctx: ReportContext, text: string): void {
  const { flow } = ctx;
  flow.gap(14);
  flow.sink.text(flow.faces.bold, type.h2.size, page.left, baselineOf(flow.y, type.h2), text, colour.accent);
  flow.y += type.h2.leading + 2;
  flow.sink.hline(page.left, page.left + contentWidth, flow.y - 2, 0.5, colour.rule);
  flow.y += 3;
}

/** Cover page: who keeps the record, who to contact, and which version of the register this is. */
export function renderCover(ctx: ReportContext): void {
  const { flow, t, organisation: org, options } = ctx;
  const processor = options.record === 'processor';
  flow.newPage();
  flow.sink.fillRect(0, 0, page.width, 10, colour.accent);
  flow.y = 96;
  if (org) {
    flow.sink.text(flow.faces.bold, type.subtitle.size, page.left, baselineOf(flow.y, type.subtitle), org.name, colour.muted);
    flow.y += type.subtitle.leading + 10;
  }
  const title = processor ? t.processorTitle : t.controllerTitle;
  for (const line of wrapText(title, flow.faces.bold, type.title.size, contentWidth)) {
    flow.sink.text(flow.faces.bold, type.title.size, page.left, baselineOf(flow.y, type.title), line, colour.accent);
    flow.y += type.title.leading;
  }
  flow.y += 4;
  paragraph(flow, processor ? t.processorSubtitle : t.controllerSubtitle, { style: type.subtitle, tone: 'muted' });
  flow.y += 8;
  paragraph(flow, processor ? t.processorChapeau : t.controllerChapeau, { style: type.body, tone: 'muted' });

  blockTitle(ctx, processor ? t.processor : t.controller);
  labelValue(flow, t.name, orNotRecorded(ctx, org?.name));
  if (org) {
    labelValue(flow, t.registrationNumber, orNotRecorded(ctx, org.registrationNumber));
    labelValue(flow, t.address, orNotRecorded(ctx, addressLine(org, t.lang)));
    labelValue(flow, t.email, orNotRecorded(ctx, org.email));
    labelValue(flow, t.phone, orNotRecorded(ctx, org.phone));
    labelValue(flow, t.website, orNotRecorded(ctx, org.website));
  }

  blockTitle(ctx, t.dpo);
  if (org?.dpoAppointed === false && !org.dpoName) {
    paragraph(flow, { text: t.noDpoAppointed, tone: 'empty' });
  } else {
    labelValue(flow, t.name, orNotRecorded(ctx, org?.dpoName));
    labelValue(flow, t.email, orNotRecorded(ctx, org?.dpoEmail));
    labelValue(flow, t.phone, orNotRecorded(ctx, org?.dpoPhone));
  }

  blockTitle(ctx, processor ? t.processorRepresentative : t.representative);
  labelValue(flow, t.name, orNotRecorded(ctx, org?.euRepresentativeName));
  labelValue(flow, t.controllerContact, orNotRecorded(ctx, org?.euRepresentativeContact));

  blockTitle(ctx, t.aboutDocument);
  labelValue(flow, t.generatedOn, longDate(options.generatedOn, t.lang));
  // The full SHA-256 on one line, in the table size (a hash broken over two lines is hard to
  // compare); drawn when the hash is known, which may be after the layout (see REGISTER_HASH).
  labelValue(flow, t.registerVersion, '', { deferred: { key: REGISTER_HASH, size: type.table.size } });
  labelValue(flow, t.knowledgeBase, options.kb ? t.knowledgeBaseAsOf(options.kb.version, options.kb.asOf) : orNotRecorded(ctx, null));
  const count = processor ? ctx.data.processorActivities.length : ctx.data.activities.length;
  labelValue(flow, processor ? t.processingCount : t.activityCount, String(count));
}
