import { shortDate } from '../labels/format';
import type { Flow } from './engine/flow';
import { colour, page, type } from './engine/theme';
import { truncate } from './engine/wrap';
import type { ReportContext } from './report-context';

/** Least space between the two halves of the running header. */
const HEADER_GAP = 16;

/**
 * Splits a line's room between a left and a right text: each gets what it needs when both fit;
 * otherwise the shorter keeps its whole text if it needs no more than half, and the other gets the
 * rest (only two long texts are both shortened, to half each).
 */
export function shareLine(room: number, left: number, right: number): [number, number] {
  if (left + right <= room) return [left, right];
  const half = room / 2;
  if (left <= half) return [left, room - left];
  if (right <= half) return [room - right, right];
  return [half, half];
}

/** "Document title · organisation" in `room` points: the document title is shortened before the organisation's name. */
function headerTitle(ctx: ReportContext, flow: Flow, room: number): string {
  const { regular } = flow.faces;
  const size = type.small.size;
  if (!ctx.organisation) return truncate(ctx.documentTitle, regular, size, room);
  const org = ` · ${ctx.organisation.name}`;
  const titleRoom = room - regular.width(org, size);
  if (titleRoom < room / 4) return truncate(`${ctx.documentTitle}${org}`, regular, size, room);
  return `${truncate(ctx.documentTitle, regular, size, titleRoom)}${org}`;
}

/** Keys of the deferred texts: the total page count, the footer's register version, the cover's full hash. */
export const TOTAL_PAGES = 'total';
export const FOOTER_VERSION = 'version';
export const REGISTER_HASH = 'hash';

/** The footer's right-hand text: "Registerversion (SHA-256): …16 hex… · Udskrevet dd.mm.åååå". */
export function footerVersion(ctx: ReportContext, registerHash: string): string {
  return `${ctx.t.registerVersion}: ${registerHash.slice(0, 16)} · ${ctx.t.generatedOn} ${shortDate(ctx.options.generatedOn, ctx.t.lang)}`;
}

/**
 * Running header (document title and organisation left, current section right) on every page but
 * the cover; footer on every page with "Side X af Y" left and register version and date right.
 * Y is one shared form XObject filled in when the last page is known, so the report is laid out
 * once; that is also why the page label is left-aligned: its width is not known while drawing. The
 * register version is another, filled in when the register's hash is known.
 */
export function pageDecorator(ctx: ReportContext) {
  return (flow: Flow, pageNo: number): void => {
    const { sink, faces } = flow;
    if (!sink.drawing) return;
    const size = type.small.size;
    const right = page.width - page.right;
    if (pageNo > 1) {
      const title = ctx.organisation ? `${ctx.documentTitle} · ${ctx.organisation.name}` : ctx.documentTitle;
      const [titleRoom, sectionRoom] = shareLine(
        right - page.left - HEADER_GAP,
        faces.regular.width(title, size),
        faces.bold.width(flow.runningTitle, size),
      );
      sink.text(faces.regular, size, page.left, page.headerBaseline, headerTitle(ctx, flow, titleRoom), colour.muted);
      const section = truncate(flow.runningTitle, faces.bold, size, sectionRoom);
      sink.text(faces.bold, size, right - faces.bold.width(section, size), page.headerBaseline, section, colour.accent);
      sink.hline(page.left, right, page.headerBaseline + 6, 0.5, colour.rule);
    }
    sink.hline(page.left, right, page.footerBaseline - 12, 0.5, colour.rule);
    const label = `${ctx.t.pageOf(pageNo)} `;
    sink.text(faces.bold, size, page.left, page.footerBaseline, label, colour.text);
    sink.deferredText(TOTAL_PAGES, faces.bold, size, page.left + faces.bold.width(label, size), page.footerBaseline, colour.text);
    // Known only once the register has been hashed (perhaps beside the layout): a shared form, right-aligned at the end.
    sink.deferredText(FOOTER_VERSION, faces.regular, size, right, page.footerBaseline, colour.muted);
  };
}
