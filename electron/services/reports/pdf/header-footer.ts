import { shortDate } from '../labels/format';
import type { Flow } from './engine/flow';
import { colour, page, type } from './engine/theme';
import { truncate } from './engine/wrap';
import type { ReportContext } from './report-context';

/**
 * Running header (document title and organisation left, current section right) on every page but
 * the cover, and the footer with register version, date and "Side X af Y" on every page.
 */
export function pageDecorator(ctx: ReportContext) {
  return (flow: Flow, pageNo: number): void => {
    const { sink, faces } = flow;
    if (!sink.drawing) return;
    const size = type.small.size;
    const right = page.width - page.right;
    if (pageNo > 1) {
      const title = ctx.organisation ? `${ctx.documentTitle} · ${ctx.organisation.name}` : ctx.documentTitle;
      const half = (right - page.left) / 2 - 10;
      sink.text(faces.regular, size, page.left, page.headerBaseline, truncate(title, faces.regular, size, half), colour.muted);
      const section = truncate(flow.runningTitle, faces.bold, size, half);
      sink.text(faces.bold, size, right - faces.bold.width(section, size), page.headerBaseline, section, colour.accent);
      sink.hline(page.left, right, page.headerBaseline + 6, 0.5, colour.rule);
    }
    sink.hline(page.left, right, page.footerBaseline - 12, 0.5, colour.rule);
    const left = `${ctx.t.registerVersion}: ${ctx.registerHash.slice(0, 16)} · ${ctx.t.generatedOn} ${shortDate(ctx.options.generatedOn, ctx.t.lang)}`;
    sink.text(faces.regular, size, page.left, page.footerBaseline, left, colour.muted);
    const pageText = ctx.t.page(pageNo, ctx.totalPages);
    sink.text(faces.bold, size, right - faces.bold.width(pageText, size), page.footerBaseline, pageText, colour.text);
  };
}
