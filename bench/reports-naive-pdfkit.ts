/**
 * The "first written" way to make the Article 30 PDF with pdfkit, kept only as the benchmark's
 * point of comparison: pdfkit's own text layout (doc.text with width, heightOfString for table rows),
 * buffered pages, and "Side X af Y" stamped on every page at the end. It prints the same sections as
 * the real report, without table of contents or annexes, so it is a lower bound of that approach.
 */
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { vocabLabels } from '../electron/services/reports/labels/vocab-labels';
import { indexRegister } from '../electron/services/reports/model/register-index';
import type { Register } from '../electron/shared/schemas/register';

const LEFT = 56;
const WIDTH = 483;

function row(doc: PDFKit.PDFDocument, cells: string[], shares: number[]): void {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (s / total) * WIDTH - 6);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] }))) + 4;
  if (doc.y + height > doc.page.height - 70) doc.addPage();
  const y = doc.y;
  let x = LEFT;
  cells.forEach((c, i) => {
    doc.text(c || ' ', x, y, { width: widths[i] });
    x += widths[i] + 6;
  });
  doc.x = LEFT;
  doc.y = y + height;
}

export function renderNaive(register: Register, fontsDir: string, file: string): Promise<number> {
  const ix = indexRegister(register, 'da');
  const v = vocabLabels('da');
  const doc = new PDFDocument({ size: 'A4', margin: LEFT, bufferPages: true, font: path.join(fontsDir, 'NotoSans-Regular.ttf') });
  const done = new Promise<void>((resolve) => doc.pipe(createWriteStream(file)).on('finish', () => resolve()));
  doc.registerFont('r', path.join(fontsDir, 'NotoSans-Regular.ttf'));
  doc.registerFont('b', path.join(fontsDir, 'NotoSans-Bold.ttf'));
  doc.font('b').fontSize(24).text('Fortegnelse over behandlingsaktiviteter');
  doc
    .font('r')
    .fontSize(12)
    .text(register.organisation?.name ?? 'Ikke angivet');
  for (const a of ix.activities) {
    doc.addPage();
    doc
      .font('b')
      .fontSize(15)
      .text(`${a.reference ?? ''} ${a.name}`);
    doc
      .font('r')
      .fontSize(9)
      .text(a.description ?? '');
    doc.font('b').fontSize(9).text('b) Formålene med behandlingen');
    doc.font('r').fontSize(8);
    for (const p of a.purposes) row(doc, [p.description, p.art6Basis ? v.art6(p.art6Basis) : 'Ikke angivet'], [1, 1]);
    doc.font('b').fontSize(9).text('c) Kategorier af registrerede og personoplysninger');
    doc.font('r').fontSize(8);
    for (const c of a.dataCategories)
      row(doc, [ix.dataCategories.get(c.dataCategoryId)?.name ?? '', c.retentionMonths ? `${c.retentionMonths} måneder` : ''], [2, 1]);
    doc.font('b').fontSize(9).text('d) Modtagere');
    doc.font('r').fontSize(8);
    for (const r of a.recipients) row(doc, [ix.recipients.get(r.recipientId)?.name ?? '', v.role(r.role), r.purpose ?? ''], [1, 1, 2]);
    for (const l of a.dataLinks) {
      row(
        doc,
        [ix.dataCategories.get(l.dataCategoryId)?.name ?? '', ix.subjects.get(l.subjectCategoryId)?.name ?? '', l.recipientId ?? ''],
        [1, 1, 1],
      );
    }
    doc.font('b').fontSize(9).text('e) Overførsler');
    doc.font('r').fontSize(8);
    for (const t of ix.transfersByActivity.get(a.id) ?? []) {
      row(
        doc,
        [
          ix.recipients.get(t.recipientId)?.name ?? '',
          t.country ?? '',
          t.mechanism ? v.mechanism(t.mechanism) : '',
          t.safeguardsText ?? '',
        ],
        [1, 1, 1, 2],
      );
    }
    doc.font('b').fontSize(9).text('f) Sletning');
    doc
      .font('r')
      .fontSize(9)
      .text(a.retentionSummary ?? 'Ikke angivet');
    doc.font('b').fontSize(9).text('g) Sikkerhedsforanstaltninger');
    doc
      .font('r')
      .fontSize(9)
      .text(a.securityDescription ?? 'Ikke angivet');
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0; // or pdfkit would start a new page for the footer
    doc
      .font('r')
      .fontSize(7.5)
      .text(`Side ${i + 1} af ${range.count}`, LEFT, doc.page.height - 40, { width: WIDTH, align: 'right', lineBreak: false });
  }
  doc.end();
  return done.then(() => range.count);
}
