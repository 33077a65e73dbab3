import { baselineOf } from './engine/blocks';
import { colour, page, type } from './engine/theme';
import { truncate } from './engine/wrap';
import type { ReportContext } from './report-context';

const PAGE_COLUMN = 34;
const REF_COLUMN = 62;

/**
 * Table of contents: one line per entry (long titles are shortened, so its length never depends on
 * the page numbers), dot leaders, and a link to the heading. Drawn after the sections, when every
 * heading's page is known.
 */
export function renderToc(ctx: ReportContext): void {
  const { flow, t } = ctx;
  flow.runningTitle = t.contents;
  flow.newPage();
  flow.sink.text(flow.faces.bold, type.h1.size, page.left, baselineOf(flow.y, type.h1), t.contents, colour.accent);
  flow.y += type.h1.leading + 10;
  const right = page.width - page.right;
  const style = type.body;
  for (const entry of ctx.toc) {
    const bold = entry.level === 0;
    if (bold) flow.gap(6);
    // A part's title stays with its first entry (never alone at a page foot).
    flow.ensure((bold ? 2 : 1) * style.leading);
    const face = bold ? flow.faces.bold : flow.faces.regular;
    const baseline = baselineOf(flow.y, style);
    let x = page.left + (bold ? 0 : 12);
    if (entry.reference) {
      const ref = truncate(entry.reference, face, style.size, REF_COLUMN - 6);
      flow.sink.text(face, style.size, x, baseline, ref, colour.muted);
      x += REF_COLUMN;
    }
    const pageNo = ctx.pageOf.get(entry.key);
    const pageText = pageNo === undefined ? '' : String(pageNo);
    const titleMax = right - PAGE_COLUMN - x - 8;
    const title = truncate(entry.title, face, style.size, titleMax);
    if (flow.sink.drawing) {
      flow.sink.text(face, style.size, x, baseline, title, bold ? colour.accent : colour.text);
      const titleEnd = x + face.width(title, style.size) + 4;
      const dotsEnd = right - PAGE_COLUMN + 6;
      const dotWidth = flow.faces.regular.width(' .', style.size);
      const dots = Math.max(0, Math.floor((dotsEnd - titleEnd) / dotWidth));
      if (dots > 2) flow.sink.text(flow.faces.regular, style.size, titleEnd, baseline, ' .'.repeat(dots), colour.rule);
      flow.sink.text(face, style.size, right - face.width(pageText, style.size), baseline, pageText, colour.text);
      flow.sink.link(page.left, flow.y, right - page.left, style.leading, entry.key);
    }
    flow.y += style.leading;
  }
}
