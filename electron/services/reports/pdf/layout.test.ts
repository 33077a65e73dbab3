import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { realisticRegister } from '../../../../bench/register/realistic-register';
import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { reportLabels } from '../labels/report-labels';
import { indexRegister } from '../model/register-index';
import { registerContentHash } from '../register-hash';
import { bodyLines, compact, compactBody, linesOf, type PdfText, readPdfText } from '../testing/pdf-text';
import { page as geometry } from './engine/theme';
import { shareLine } from './header-footer';
import { renderArticle30Pdf } from './render-article30';

/**
 * How a register of fully filled activities reads on paper (the realistic register of the benches:
 * every field filled with Danish prose, about 12 KB per activity, 5 transfers each): headings stay
 * with what they head, no word is cut, headers are whole, and an activity takes a few pages.
 */

async function render(register: Register, lang: Language): Promise<PdfText> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderArticle30Pdf(register, { record: 'controller', lang, generatedOn: '2026-12-05' }, out);
  return readPdfText(new Uint8Array(Buffer.concat(chunks)));
}

const text = (line: { str: string }[]) => line.map((i) => i.str).join(' ');

/** Page where each activity's section starts, from the outline order and the heading size. */
function sectionStarts(pdf: PdfText, names: string[]): number[] {
  return names.map((name) => {
    const found = pdf.pages.find(
      (p) =>
        compact(
          p.body
            .filter((i) => Math.abs(i.size - 15) < 0.01)
            .map((i) => i.str)
            .join(''),
        ) === compact(name),
    );
    return found ? found.number : Number.NaN;
  });
}

describe.each(['da', 'en'] as const)('fully filled activities on paper (%s)', (lang) => {
  const register = realisticRegister({ activities: 12 });
  const t = reportLabels(lang);
  const activities = indexRegister(register, lang).activities;
  let pdf: PdfText;
  let starts: number[];

  beforeAll(async () => {
    pdf = await render(register, lang);
    starts = sectionStarts(
      pdf,
      activities.map((a) => a.name),
    );
  });

  it('prints a fully filled activity on about 4 pages, never more than 5 (5 to 7 before)', () => {
    expect(starts.every(Number.isInteger)).toBe(true);
    const annexStart = pdf.pages.find((p) => p.body.some((i) => i.str === t.annexProcessors && Math.abs(i.size - 15) < 0.01))!.number;
    const lengths = starts.map((start, i) => (starts[i + 1] ?? annexStart) - start);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(5);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(4.25);
  });

  it('never ends a page with a heading: the last line of every page is not all bold', () => {
    for (const page of pdf.pages.slice(0, -1)) {
      const lines = bodyLines(page);
      const last = lines.at(-1);
      if (!last?.every((i) => i.bold)) continue;
      // …unless it is the second line of a label whose value stands beside its first line.
      const above = lines.at(-2);
      const labelGoesOn = above?.some((i) => i.bold) && above.some((i) => !i.bold) && Math.abs(last[0].y - above[0].y - 12.2) < 0.5;
      expect(labelGoesOn, `page ${page.number} ends with "${text(last)}"`).toBe(true);
    }
  });

  it('keeps every item heading on the page of its first table or text', () => {
    // The heading "e) …" at a page foot with its table on the next page was the reported case.
    for (const page of pdf.pages) {
      const lines = bodyLines(page);
      const e = lines.findIndex((line) => compact(text(line)).startsWith(compact(t.controllerItems.e).slice(0, 30)));
      if (e < 0) continue;
      expect(lines.length - e, `page ${page.number}`).toBeGreaterThan(3);
    }
  });

  it('cuts no word: no line ends in a hyphen added by the layout', () => {
    for (const page of pdf.pages) {
      for (const line of bodyLines(page)) {
        for (const item of line) expect(item.str, `page ${page.number}`).not.toMatch(/\p{L}-$/u);
      }
    }
    // The safeguards of the transfers, printed across the table, keep "Standardkontraktbestemmelser" whole.
    const words = pdf.pages.flatMap((p) => p.body.flatMap((i) => i.str.split(/\s+/)));
    if (lang === 'da') expect(words.some((w) => w.startsWith('Standardkontraktbestemmelser'))).toBe(true);
  });

  it('prints the running header whole when it fits: document title, organisation and section', () => {
    for (const page of pdf.pages.slice(1)) {
      const header = page.items.filter((i) => i.y < geometry.headerBaseline + 4);
      expect(header.map((i) => i.str)).toContain(`${t.controllerTitle} · ${register.organisation!.name}`);
      expect(
        header.some((i) => i.str.endsWith('…')),
        `page ${page.number}`,
      ).toBe(false);
    }
  });

  it('prints the full register version on one line of the cover', () => {
    expect(pdf.pages[0].body.map((i) => i.str)).toContain(registerContentHash(register));
  });

  it('prints every field of an activity, in the order of the form and the Regulation', () => {
    const a = activities[0];
    const section = compactBody(pdf, starts[0], starts[1] - 1);
    const transfers = register.transfers.filter((tr) => tr.activityId === a.id && tr.mechanism !== 'not_a_transfer');
    const inOrder = [
      a.description,
      t.controllerItems.a,
      a.purposes[0].description,
      a.purposes[0].legitimateInterest,
      a.legalBasisText,
      t.controllerItems.c,
      t.controllerItems.d,
      a.recipients[0].purpose,
      t.linkageTitle,
      t.controllerItems.e,
      transfers[0]?.safeguardsText,
      t.controllerItems.f,
      a.dataCategories[0].retentionText,
      a.retentionSummary,
      t.controllerItems.g,
      a.securityDescription,
      t.otherInfo,
      a.dataSources,
    ].filter((v): v is string => !!v);
    const positions = inOrder.map((v) => section.indexOf(compact(v)));
    expect(
      positions.every((p) => p >= 0),
      inOrder.filter((_, i) => positions[i] < 0).join(' | '),
    ).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });
});

describe('the running header', () => {
  it('gives each side what it needs, and shortens only the side that cannot fit', () => {
    expect(shareLine(400, 150, 200)).toEqual([150, 200]);
    // A long organisation name is not cut for a short section title (it was, at half the line each).
    expect(shareLine(400, 260, 100)).toEqual([260, 100]);
    expect(shareLine(400, 320, 100)).toEqual([300, 100]);
    expect(shareLine(400, 100, 320)).toEqual([100, 300]);
    expect(shareLine(400, 260, 260)).toEqual([200, 200]);
  });

  it('prints a long organisation name whole, shortening the document title first', async () => {
    const base = realisticRegister({ activities: 1 });
    const name = 'Nordlys Uddannelse og Efteruddannelse A/S, afdeling Aarhus';
    const pdf = await render({ ...base, organisation: { ...base.organisation!, name } }, 'da');
    const header = linesOf(pdf.pages[2])[0];
    expect(header).toMatch(new RegExp(`^Fortegnelse over \\S+… · ${name.replace('/', '\\/')} BA-00001 `));
  });
});
