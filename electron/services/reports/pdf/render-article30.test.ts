import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRegister } from '../../../../db/seed/example-register';
import type { Register } from '../../../shared/schemas/register';
import { shortDate } from '../labels/format';
import { reportLabels } from '../labels/report-labels';
import { vocabLabels } from '../labels/vocab-labels';
import { indexRegister } from '../model/register-index';
import { registerContentHash } from '../register-hash';
import { buildFixtureRegister } from '../testing/fixture';
import { compact, compactBody, linesOf, type PdfText, readPdfText } from '../testing/pdf-text';
import { type Article30PdfOptions, renderArticle30Pdf } from './render-article30';

const generatedOn = '2026-11-25';

async function renderToBuffer(register: Register, options: Article30PdfOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const { pages } = await renderArticle30Pdf(register, options, out);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages };
}

/** TOC lines "ref title . . . . 12" → title → page. */
function tocEntries(pdf: PdfText, tocTitle: string): Map<string, number> {
  const entries = new Map<string, number>();
  for (const page of pdf.pages) {
    const lines = linesOf(page);
    if (!lines.includes(tocTitle)) continue;
    for (const line of lines) {
      const m = /^(.*?)\s*(?:\.\s*)+(\d+)$/.exec(line);
      if (m) entries.set(m[1].trim(), Number(m[2]));
    }
  }
  return entries;
}

describe.each([
  ['the example register (Jensens Kurser A/S)', buildExampleRegister],
  ['the test fixture', buildFixtureRegister],
])('Article 30 controller record in Danish, for %s', (_name, build) => {
  const register = build();
  const index = indexRegister(register, 'da');
  const t = reportLabels('da');
  const v = vocabLabels('da');
  let pdf: PdfText;
  let pages: number;
  let toc: Map<string, number>;

  beforeAll(async () => {
    const result = await renderToBuffer(register, {
      record: 'controller',
      lang: 'da',
      generatedOn,
      kb: { version: '2026.11', asOf: '2026-11-20' },
    });
    pages = result.pages;
    pdf = await readPdfText(result.bytes);
    toc = tocEntries(pdf, t.contents);
  });

  it('reports the page count it wrote', () => {
    expect(pdf.pages.length).toBe(pages);
  });

  it('prints "Side X af Y" correctly on every page', () => {
    // The total is a form XObject shared by all pages; read the footer line as a viewer shows it.
    for (const page of pdf.pages) {
      const footer = linesOf(page).flatMap((line) => line.match(/Side \d+ af \d+/g) ?? []);
      expect(footer).toEqual([`Side ${page.number} af ${pages}`]);
    }
  });

  it('has a cover with controller, DPO, representative, date, register version and knowledge base', () => {
    const cover = compactBody(pdf, 1, 1);
    const org = register.organisation!;
    const shown = (value: string | null) => value ?? t.notRecorded;
    for (const value of [
      org.name,
      shown(org.registrationNumber),
      shown(org.dpoName),
      shown(org.dpoEmail),
      t.dpo,
      t.representative,
      '25. november 2026',
    ]) {
      expect(cover).toContain(compact(value));
    }
    expect(cover).toContain(compact(shown(org.euRepresentativeName)));
    expect(cover).toContain(registerContentHash(register));
    expect(cover).toContain(compact(t.knowledgeBaseAsOf('2026.11', '2026-11-20')));
  });

  it('lists every non-archived activity in the TOC, and each TOC page number points at its heading', () => {
    for (const activity of index.activities) {
      const label = activity.reference ? `${activity.reference} ${activity.name}` : activity.name;
      const pageNo = toc.get(label);
      expect(pageNo, label).toBeDefined();
      const headingLines = pdf.pages[pageNo! - 1].body.filter((i) => Math.abs(i.size - 15) < 0.01).map((i) => i.str);
      expect(compact(headingLines.join(' '))).toBe(compact(activity.name));
      // …and the heading is not printed on any earlier page.
      for (const earlier of pdf.pages.slice(0, pageNo! - 1)) {
        expect(earlier.body.some((i) => Math.abs(i.size - 15) < 0.01 && i.str === activity.name)).toBe(false);
      }
    }
    expect([...toc.keys()].some((k) => k.includes('BA-099'))).toBe(false);
  });

  it('points the annex TOC entries at the annex headings', () => {
    for (const title of [t.annexProcessors, t.annexTransfers]) {
      const entry = [...toc.entries()].find(([k]) => k.endsWith(title));
      expect(entry, title).toBeDefined();
      const page = pdf.pages[entry![1] - 1];
      expect(page.body.some((i) => i.str === title && Math.abs(i.size - 15) < 0.01)).toBe(true);
    }
  });

  it('prints every field of Art 30(1)(a)–(g) of each activity in its own section, in order', () => {
    const starts = index.activities.map((a) => toc.get(a.reference ? `${a.reference} ${a.name}` : a.name) ?? Number.NaN);
    const annexStart = Math.min(...[...toc.entries()].filter(([k]) => k.startsWith('Bilag ')).map(([, p]) => p));
    expect(starts.every(Number.isInteger) && Number.isInteger(annexStart)).toBe(true);
    index.activities.forEach((activity, i) => {
      const section = compactBody(pdf, starts[i], (starts[i + 1] ?? annexStart) - 1);
      const expectIn = (value: string) => expect(section, `${activity.name}: ${value}`).toContain(compact(value));
      // (a)–(g) in the order of the Regulation.
      const positions = (['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const).map((k) => section.indexOf(compact(t.controllerItems[k])));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      expectIn(register.organisation!.name);
      for (const p of activity.purposes) {
        expectIn(p.description);
        if (p.art6Basis) expectIn(v.art6(p.art6Basis));
        if (p.art9Condition) expectIn(v.art9(p.art9Condition));
        if (p.art10Ground) expectIn(v.art10(p.art10Ground));
        if (p.cprGround) expectIn(v.cpr(p.cprGround));
      }
      for (const id of activity.dataSubjectIds) expectIn(index.subjects.get(id)!.name);
      for (const c of activity.dataCategories) {
        expectIn(index.dataCategories.get(c.dataCategoryId)!.name);
        if (c.retentionMonths !== null) expectIn(t.months(c.retentionMonths));
        if (c.retentionText) expectIn(c.retentionText);
      }
      for (const r of activity.recipients) expectIn(index.recipients.get(r.recipientId)!.name);
      for (const l of activity.dataLinks) expectIn(index.dataCategories.get(l.dataCategoryId)!.name);
      for (const tr of index.transfersByActivity.get(activity.id) ?? []) {
        if (tr.mechanism && tr.mechanism !== 'not_a_transfer') expectIn(v.mechanism(tr.mechanism));
      }
      if (activity.retentionSummary) expectIn(activity.retentionSummary);
      if (activity.securityDescription) expectIn(activity.securityDescription);
      for (const id of activity.securityMeasureIds) expectIn(index.measures.get(id)!.name);
      if (activity.jointControllerArrangement) expectIn(activity.jointControllerArrangement);
    });
  });

  it('has bookmarks and link targets for every section', () => {
    const first = index.activities[0];
    expect(pdf.outlineTitles).toContain(first.reference ? `${first.reference} ${first.name}` : first.name);
    expect(pdf.destinations).toEqual(expect.arrayContaining(['activity-1', 'annex-processors', 'annex-transfers']));
  });
});

describe('Article 30 controller record in Danish: what only the fixture exercises', () => {
  const register = buildFixtureRegister();
  const index = indexRegister(register, 'da');
  const t = reportLabels('da');
  const v = vocabLabels('da');
  let pdf: PdfText;
  let pages: number;
  let toc: Map<string, number>;

  beforeAll(async () => {
    const result = await renderToBuffer(register, { record: 'controller', lang: 'da', generatedOn });
    pages = result.pages;
    pdf = await readPdfText(result.bytes);
    toc = tocEntries(pdf, t.contents);
  });

  it('prints the transfer period and the onward transfer of a processor', () => {
    const text = compactBody(pdf, 1, pages);
    expect(text).toContain(compact(`${shortDate('2018-05-25', 'da')} – ${shortDate('2020-07-16', 'da')}`));
    expect(text).toContain(compact(t.onwardVia('HubSpot Inc.')));
    expect(text).toContain(compact(`${v.mechanism('scc_2021')}, ${t.sccModule(3)}`));
  });

  it('says "Ikke angivet" / "Ingen registreret" for an activity with nothing recorded, never invents data', () => {
    const empty = index.activities.find((a) => a.id === 'act-tom')!;
    const start = toc.get(empty.name)!;
    const section = compactBody(pdf, start, start);
    expect(section).toContain(compact(t.noneRecorded));
    expect(section).toContain(compact(t.notRecorded));
    expect(section).toContain(compact(t.noTransfers));
    expect(section).not.toContain(compact('HubSpot'));
  });

  it('keeps Danish characters (æ ø å Æ Ø Å) as text, selectable and searchable', () => {
    const all = pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join('\n');
    expect(all).toContain('Tegnprøve: æ ø å Æ Ø Å.');
    expect(all).toContain('Mette Ørsted Læsø');
    expect(all).toContain('Åboulevarden 12, 2. sal');
  });

  it('prints the processor annex with DPAs and the transfers annex', () => {
    const annexStart = toc.get(`Bilag A ${t.annexProcessors}`)!;
    const annex = compactBody(pdf, annexStart, pages);
    for (const value of ['HubSpot Data Processing Agreement', 'Databehandleraftale med Diplomasafe', t.noDpa, t.art28Coverage(8, 14)]) {
      expect(annex).toContain(compact(value));
    }
    expect(annex).toContain(compact(t.subProcessorOf('HubSpot Inc.')));
  });
});
