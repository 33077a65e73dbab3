import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateActivity } from '../../../../db/queries/activities';
import { readRegister } from '../../../../db/queries/register-export';
import { writeRegister } from '../../../../db/queries/register-import';
import { createTestDb } from '../../../../db/testing/create-test-db';
import { registerContentHash, registerHashAtRevision } from '../register-hash';
import { buildFixtureRegister } from '../testing/fixture';
import { linesOf, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf, renderArticle30PdfFromDatabase } from './render-article30';

const database = createTestDb();
writeRegister(database.db, buildFixtureRegister(), '2026-11-25T10:00:00.000Z', { replace: true });
afterAll(() => database.dispose());
const options = { record: 'controller' as const, lang: 'da' as const, generatedOn: '2026-11-25' };
const file = (name: string) => path.join(database.dir, name);

/** The register version as printed: the cover's full hash and every footer's first 16 characters. */
async function printedVersions(pdfFile: string): Promise<{ cover: string | undefined; footers: Set<string> }> {
  const pdf = await readPdfText(new Uint8Array(readFileSync(pdfFile)));
  const cover = pdf.pages[0].body.map((i) => i.str).find((s) => /^[0-9a-f]{64}$/.test(s));
  const footers = new Set(
    pdf.pages.flatMap((p) => linesOf(p).flatMap((l) => l.match(/Registerversion \(SHA-256\): ([0-9a-f]{16})/)?.[1] ?? [])),
  );
  return { cover, footers };
}

describe('renderArticle30PdfFromDatabase', () => {
  it('prints the same bytes as the render of readRegister’s document', async () => {
    await renderArticle30PdfFromDatabase(database, options, file('db.pdf'));
    await renderArticle30Pdf(readRegister(database.db), options, file('doc.pdf'));
    expect(readFileSync(file('db.pdf')).equals(readFileSync(file('doc.pdf')))).toBe(true);
    const hash = registerContentHash(readRegister(database.db));
    const printed = await printedVersions(file('db.pdf'));
    expect(printed.cover).toBe(hash);
    expect([...printed.footers]).toEqual([hash.slice(0, 16)]);
  });

  it('takes a hash made beside the layout only when it was made at the revision the layout reads', async () => {
    const real = registerContentHash(readRegister(database.db));
    const { revision } = registerHashAtRevision(database);
    const other = 'f'.repeat(64);
    // Same revision: the hash from the other thread is the one printed (so it is really used)…
    await renderArticle30PdfFromDatabase(database, options, file('same.pdf'), Promise.resolve({ hash: other, revision }));
    expect((await printedVersions(file('same.pdf'))).cover).toBe(other);
    // …another revision (the register changed in between): the layout hashes what it printed.
    await renderArticle30PdfFromDatabase(database, options, file('other.pdf'), Promise.resolve({ hash: other, revision: revision - 1 }));
    expect((await printedVersions(file('other.pdf'))).cover).toBe(real);
  });

  it('notices a write between the hash and the layout, and prints the hash of what it printed', async () => {
    const before = registerHashAtRevision(database);
    const activity = readRegister(database.db).activities[0];
    updateActivity(database.db, activity.id, { notes: 'Ændret under udskrivningen' }, undefined, '2026-11-25T11:00:00.000Z');
    const after = registerContentHash(readRegister(database.db));
    expect(after).not.toBe(before.hash);
    await renderArticle30PdfFromDatabase(database, options, file('changed.pdf'), Promise.resolve(before));
    expect((await printedVersions(file('changed.pdf'))).cover).toBe(after);
  });
});
