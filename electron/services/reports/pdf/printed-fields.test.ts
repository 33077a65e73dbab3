import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { realisticRegister } from '../../../../bench/register/realistic-register';
import { activityFieldsSchema } from '../../../shared/schemas/entities';
import type { Register } from '../../../shared/schemas/register';
import { countryName, shortDate } from '../labels/format';
import { reportLabels } from '../labels/report-labels';
import { vocabLabels } from '../labels/vocab-labels';
import { compact, compactBody, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf } from './render-article30';

/**
 * Every field of an activity is either printed in its section of the Article 30 record or left out
 * for a reason written here; a new field fails this test until someone decides which.
 */
const notPrinted: Record<string, string> = {
  notes: 'the DPO’s working notes, not part of the record',
  privacyNoticeText: 'the privacy notice is its own document (its outdated references are findings)',
  name: 'the section heading',
  reference: 'the section heading',
};

const register: Register = realisticRegister({ activities: 1 });
const activity = register.activities[0]!;
Object.assign(activity, {
  status: 'ended',
  art30_5Exempt: true,
  occasional: true,
  likelyRisk: false,
  processingJurisdiction: 'IE',
  processingChangedOn: '2026-03-01',
  dpiaReference: 'DPIA-2026-07',
  jointControllerArrangement: 'Aftale om fælles dataansvar med Kursuspartner ApS (art. 26), underskrevet 1. marts 2026.',
  legalBasisText: 'Supplerende bemærkning om behandlingsgrundlaget.',
});

let text = '';
beforeAll(async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderArticle30Pdf(register, { record: 'controller', lang: 'da', generatedOn: '2026-12-05' }, out);
  const pdf = await readPdfText(new Uint8Array(Buffer.concat(chunks)));
  text = compactBody(pdf, 1, pdf.pages.length);
});

describe('an activity’s fields in the Article 30 record', () => {
  const t = reportLabels('da');
  const v = vocabLabels('da');
  const printedAs: Record<string, (a: typeof activity) => string[]> = {
    description: (a) => [a.description ?? ''],
    businessFunction: (a) => [a.businessFunction ?? ''],
    owner: (a) => [a.owner ?? ''],
    status: (a) => [`${t.status}: ${v.status(a.status)}`],
    dataSources: (a) => [a.dataSources ?? ''],
    securityDescription: (a) => [a.securityDescription ?? ''],
    retentionSummary: (a) => [a.retentionSummary ?? ''],
    dpiaStatus: (a) => [`${t.dpia}${v.dpia(a.dpiaStatus)}`],
    dpiaReference: (a) => [a.dpiaReference ?? ''],
    automatedDecisionMaking: (a) => [`${t.automatedDecisions}${a.automatedDecisionMaking ? t.yes : t.no}`],
    dataLocation: (a) => [a.dataLocation ?? ''],
    art30_5Exempt: () => [t.art30_5, `${t.art30_5Claimed}: ${t.yes}`],
    occasional: () => [`${t.occasional}: ${t.yes}`],
    likelyRisk: () => [`${t.likelyRisk}: ${t.no}`],
    jointControllerArrangement: (a) => [a.jointControllerArrangement ?? ''],
    // Label and value together, so a value printed elsewhere (a country, a date) does not pass for this field.
    processingJurisdiction: (a) => [`${t.processingJurisdiction}${countryName(a.processingJurisdiction, 'da')}`],
    processingChangedOn: (a) => [`${t.processingChangedOn}${shortDate(a.processingChangedOn!, 'da')}`],
    lastReviewedOn: (a) => [`${t.lastReviewed}: ${shortDate(a.lastReviewedOn!, 'da')}`],
    nextReviewOn: (a) => [`${t.nextReview}: ${shortDate(a.nextReviewOn!, 'da')}`],
    legalBasisText: (a) => [a.legalBasisText ?? ''],
  };

  it('decides for every field: printed, or left out for a stated reason', () => {
    const fields = Object.keys(activityFieldsSchema.shape).sort();
    expect([...Object.keys(printedAs), ...Object.keys(notPrinted)].sort()).toEqual(fields);
  });

  it.each(Object.keys(printedAs))('prints %s', (field) => {
    for (const expected of printedAs[field]!(activity)) {
      expect(expected.trim().length, field).toBeGreaterThan(0);
      expect(text).toContain(compact(expected));
    }
  });
});
