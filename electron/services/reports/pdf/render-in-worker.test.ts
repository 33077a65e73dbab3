import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureRegister } from '../testing/fixture';
import { linesOf, readPdfText } from '../testing/pdf-text';
import { renderArticle30Pdf } from './render-article30';
import { renderArticle30PdfInWorker, workerResourceLimits } from './render-in-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'ropa-pdf-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderArticle30PdfInWorker', () => {
  const register = buildFixtureRegister();
  const options = { record: 'controller' as const, lang: 'da' as const, generatedOn: '2026-11-25' };

  it('writes the same document as the plain function, reporting progress up to the total', async () => {
    const plainFile = path.join(dir, 'plain.pdf');
    const workerFile = path.join(dir, 'worker.pdf');
    const plain = await renderArticle30Pdf(register, options, plainFile);
    const progress: [number, number][] = [];
    const result = await renderArticle30PdfInWorker(register, { ...options, onProgress: (d, t) => progress.push([d, t]) }, workerFile);
    expect(result).toEqual(plain);
    expect(readFileSync(workerFile).equals(readFileSync(plainFile))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    const [lastDone, total] = progress[progress.length - 1];
    expect(lastDone).toBe(total);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1][0])).toBe(true);
  });

  it('streams the bytes back when given a stream, from the register as JSON text', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const result = await renderArticle30PdfInWorker(JSON.stringify(register), { ...options, lang: 'en' }, out);
    const pdf = await readPdfText(new Uint8Array(Buffer.concat(chunks)));
    expect(pdf.pages.length).toBe(result.pages);
    expect(linesOf(pdf.pages[0]).some((line) => line.startsWith(`Page 1 of ${result.pages} `))).toBe(true);
  });

  it('moves register JSON given as bytes to the worker instead of copying it', async () => {
    const bytes = new Uint8Array(Buffer.from(JSON.stringify(register), 'utf8'));
    const result = await renderArticle30PdfInWorker(bytes, options, path.join(dir, 'bytes.pdf'));
    expect(result.pages).toBeGreaterThan(3);
    expect(bytes.byteLength).toBe(0); // detached: the main thread no longer holds the register
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const running = renderArticle30PdfInWorker(register, options, path.join(dir, 'cancelled.pdf'), { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toThrow(/cancelled/);
  });

  it('reports a failure in the worker as a rejected promise', async () => {
    await expect(renderArticle30PdfInWorker(register, { ...options, fontsDir: '/nonexistent' }, path.join(dir, 'x.pdf'))).rejects.toThrow(
      /fonts not found/,
    );
  });

  it('sizes the heap limit from the register', () => {
    const small = workerResourceLimits(register);
    const big = workerResourceLimits('x'.repeat(50 * 1048576));
    expect(small.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(192);
    expect(big.maxOldGenerationSizeMb).toBeGreaterThan(small.maxOldGenerationSizeMb ?? 0);
  });
});
