import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyRegister } from '../../../shared/schemas/register';
import { reportLabels } from '../labels/report-labels';
import { buildFixtureRegister } from '../testing/fixture';
import { compact, compactBody, linesOf, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf } from './render-article30';
import type { ReportFinding } from './types';

const dir = mkdtempSync(path.join(tmpdir(), 'ropa-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generatedOn = '2026-11-25';

async function render(name: string, ...args: Parameters<typeof renderArticle30Pdf> extends [infer R, infer O, unknown] ? [R, O] : never) {
  const file = path.join(dir, name);
  const result = await renderArticle30Pdf(args[0], args[1], file);
  return { file, result, pdf: await readPdfText(new Uint8Array(readFileSync(file))) };
}

describe('Article 30 processor record (Art 30(2))', () => {
  const register = buildFixtureRegister();

  it.each(['da', 'en'] as const)('prints items (a)–(d) for every controller it processes for (%s)', async (lang) => {
    const t = reportLabels(lang);
    const { pdf, result } = await render(`processor-${lang}.pdf`, register, { record: 'processor', lang, generatedOn });
    const text = compactBody(pdf, 1, result.pages);
    expect(text).toContain(compact(t.processorTitle));
    for (const item of Object.values(t.processorItems)) expect(text).toContain(compact(item));
    for (const p of register.processorActivities) {
      expect(text).toContain(compact(p.controllerName));
      expect(text).toContain(compact(p.categoriesOfProcessing));
      for (const value of [p.controllerContact, p.controllerDpo, p.transferSafeguards, p.securityDescription]) {
        if (value) expect(text).toContain(compact(value));
      }
    }
    expect(text).toContain(compact(lang === 'da' ? 'USA (tredjeland)' : 'United States (third country)'));
    const pageOf = lang === 'da' ? /Side (\d+) af (\d+)/ : /Page (\d+) of (\d+)/;
    for (const page of pdf.pages) {
      const m = linesOf(page)
        .map((line) => pageOf.exec(line))
        .find(Boolean);
      expect(m && [Number(m[1]), Number(m[2])]).toEqual([page.number, result.pages]);
    }
  });

  it('says so when no processing on behalf of controllers is recorded', async () => {
    const t = reportLabels('da');
    const none = { ...register, processorActivities: [] };
    const { pdf, result } = await render('processor-empty.pdf', none, { record: 'processor', lang: 'da', generatedOn });
    expect(compactBody(pdf, 1, result.pages)).toContain(compact(t.noProcessorActivities));
  });
});

describe('Article 30 controller record, other cases', () => {
  it('prints an empty register honestly, with no organisation and no activities', async () => {
    const t = reportLabels('en');
    const { pdf, result } = await render('empty.pdf', emptyRegister(), { record: 'controller', lang: 'en', generatedOn });
    const text = compactBody(pdf, 1, result.pages);
    expect(text).toContain(compact(t.notRecorded));
    expect(text).toContain(compact(t.noneRecorded));
    expect(text).toContain(compact(t.noProcessors));
  });

  it('prints the findings annex with open findings first and justifications of acknowledged ones', async () => {
    const t = reportLabels('da');
    const findings: ReportFinding[] = [
      {
        ruleId: 'DPA-28',
        severity: 'MEDIUM',
        entityName: 'Diplomasafe ApS',
        message: 'Aftalen mangler punkter.',
        status: 'acknowledged',
        justification: 'Ny aftale på vej.',
      },
      { ruleId: 'TR-PS', severity: 'CRITICAL', entityName: 'HubSpot Inc.', message: 'Privacy Shield er ugyldig.', status: 'open' },
    ];
    const { pdf, result } = await render('findings.pdf', buildFixtureRegister(), {
      record: 'controller',
      lang: 'da',
      generatedOn,
      findings,
    });
    const last = compactBody(pdf, result.pages, result.pages);
    expect(last).toContain(compact(t.annexFindings));
    expect(last.indexOf(compact('Privacy Shield er ugyldig.'))).toBeLessThan(last.indexOf(compact('Aftalen mangler punkter.')));
    expect(last).toContain(compact(t.findingAcknowledged('Ny aftale på vej.')));
  });

  it('leaves annexes out when asked', async () => {
    const t = reportLabels('da');
    const { pdf, result } = await render('no-annex.pdf', buildFixtureRegister(), {
      record: 'controller',
      lang: 'da',
      generatedOn,
      annexes: { processors: false, transfers: false },
    });
    expect(compactBody(pdf, 1, result.pages)).not.toContain(compact(t.annexProcessors));
  });

  it('is reproducible: the same register and date give the same bytes', async () => {
    const a = await render('a.pdf', buildFixtureRegister(), { record: 'controller', lang: 'da', generatedOn });
    const b = await render('b.pdf', buildFixtureRegister(), { record: 'controller', lang: 'da', generatedOn });
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
  });

  it('renders with poppler too (pdftoppm), when it is installed', async (ctx) => {
    const { file } = await render('poppler.pdf', buildFixtureRegister(), { record: 'controller', lang: 'da', generatedOn });
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      ctx.skip();
    }
    execFileSync('pdftoppm', ['-r', '20', '-png', '-f', '1', '-l', '3', file, path.join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page')).length).toBe(3);
    const text = execFileSync('pdftotext', ['-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Kursusadministration og udstedelse af kursusbeviser');
  });
});
