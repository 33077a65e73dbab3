import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegister } from '../../../../db/queries/register-export';
import { writeRegister } from '../../../../db/queries/register-import';
import { createTestDb } from '../../../../db/testing/create-test-db';
import { buildFixtureRegister } from '../testing/fixture';
import { linesOf, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf } from './render-article30';
import { renderArticle30PdfInWorker, workerResourceLimits } from './render-in-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'ropa-pdf-worker-'));
const database = createTestDb();
writeRegister(database.db, buildFixtureRegister(), '2026-11-25T10:00:00.000Z', { replace: true });
afterAll(() => {
  database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('renderArticle30PdfInWorker', () => {
  const source = { database: database.file };
  const options = { record: 'controller' as const, lang: 'da' as const, generatedOn: '2026-11-25' };

  it('reads the register file itself and writes the same document as the in-memory render, with progress', async () => {
    const plainFile = path.join(dir, 'plain.pdf');
    const workerFile = path.join(dir, 'worker.pdf');
    const plain = await renderArticle30Pdf(readRegister(database.db), options, plainFile);
    const progress: [number, number][] = [];
    const result = await renderArticle30PdfInWorker(source, { ...options, onProgress: (d, t) => progress.push([d, t]) }, workerFile);
    expect(result).toEqual(plain);
    expect(readFileSync(workerFile).equals(readFileSync(plainFile))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    const [lastDone, total] = progress[progress.length - 1];
    expect(lastDone).toBe(total);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1][0])).toBe(true);
  });

  it('streams the bytes back when given a stream', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const result = await renderArticle30PdfInWorker(source, { ...options, lang: 'en' }, out);
    const pdf = await readPdfText(new Uint8Array(Buffer.concat(chunks)));
    expect(pdf.pages.length).toBe(result.pages);
    expect(linesOf(pdf.pages[0]).some((line) => line.startsWith(`Page 1 of ${result.pages} `))).toBe(true);
  });

  it('still prints a register document handed over whole', async () => {
    const file = path.join(dir, 'document.pdf');
    const result = await renderArticle30PdfInWorker({ register: buildFixtureRegister() }, options, file);
    expect(readFileSync(file).equals(readFileSync(path.join(dir, 'plain.pdf')))).toBe(true);
    expect(result.pages).toBeGreaterThan(3);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const running = renderArticle30PdfInWorker(source, options, path.join(dir, 'cancelled.pdf'), { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toThrow(/cancelled/);
  });

  it('reports a failure in the worker as a rejected promise', async () => {
    await expect(renderArticle30PdfInWorker(source, { ...options, fontsDir: '/nonexistent' }, path.join(dir, 'x.pdf'))).rejects.toThrow(
      /fonts not found/,
    );
    await expect(
      renderArticle30PdfInWorker({ database: path.join(dir, 'missing.sqlite') }, options, path.join(dir, 'y.pdf')),
    ).rejects.toThrow(/could not be opened for reading/);
  });

  it('gives a worker reading the file a fixed heap limit, and one holding a document a limit that grows with it', () => {
    const fromFile = workerResourceLimits(source);
    const small = workerResourceLimits({ register: buildFixtureRegister() });
    const big = { ...buildFixtureRegister(), settings: [{ key: 'x', value: 'x'.repeat(50 * 1048576), updatedAt: '2026-01-01T00:00:00Z' }] };
    expect(fromFile.maxOldGenerationSizeMb).toBe(192);
    expect(small.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(192);
    expect(workerResourceLimits({ register: big }).maxOldGenerationSizeMb).toBeGreaterThan(small.maxOldGenerationSizeMb ?? 0);
  });
});
