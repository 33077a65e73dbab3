import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildExampleRegister } from '../../../../db/seed/example-register';
import { translator } from '../../../shared/i18n/translate';
import { vocabLabel } from '../../../shared/i18n/vocab-labels';
import type { Language } from '../../../shared/vocab';
import { compact, compactBody, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf } from './render-article30';

async function pdfText(lang: Language): Promise<string> {
  const register = buildExampleRegister();
  register.activities[0]!.status = 'ended';
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderArticle30Pdf(
    register,
    { record: 'controller', lang, generatedOn: '2026-11-25', kb: { version: 'test', asOf: '2026-11-20' } },
    out,
  );
  const pdf = await readPdfText(new Uint8Array(Buffer.concat(chunks)));
  return compactBody(pdf, 1, pdf.pages.length);
}

// The issue that started the one catalogue: the app said "Afsluttet", the PDF "Ophørt".
describe('the PDF prints the labels the app shows', () => {
  it.each(['da', 'en'] as const)('prints an ended activity’s status as the app names it (%s)', async (lang) => {
    const text = await pdfText(lang);
    const t = translator(lang);
    expect(text).toContain(compact(`${t('report.status')}: ${vocabLabel(t, 'activityStatus', 'ended')}`));
    expect(text).toContain(compact(vocabLabel(t, 'mechanism', 'privacy_shield')));
    if (lang === 'da') expect(text).not.toContain('Ophørt');
  });
});
