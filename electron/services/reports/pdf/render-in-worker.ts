import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { Register } from '../../../shared/schemas/register';
import { resourcePath } from '../../resource-paths';
import type { HashAtRevision } from './render-article30';
import type { Article30PdfOptions, Article30PdfResult } from './types';
import type { ChunkAck, FromWorker, HashMessage, HashRequest, RenderRequest, RenderSource, WorkerPdfOptions } from './worker-protocol';

export interface WorkerSettings {
  /** Stops the render: the worker is terminated and the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * For a database source: hash the register in a second worker while the first lays the report
   * out (default true: on two cores the hash costs no wall time). The layout takes that hash only
   * if it was computed at the revision the layout reads (renderArticle30PdfFromDatabase).
   */
  parallelHash?: boolean;
}

/** Heap limits of the second worker: it holds one batch of rows and the text being hashed. */
const HASH_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * The register version of a register file and the revision it describes, hashed on a worker thread
 * (its own read-only connection, one read transaction), a batch of rows at a time.
 */
export function hashRegisterInWorker(source: { database: string; nativeBinding?: string }): {
  hash: Promise<HashAtRevision>;
  stop(): void;
} {
  const worker = startWorker(HASH_WORKER_LIMITS);
  const hash = new Promise<HashAtRevision>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'hashed') resolve({ hash: message.hash, revision: message.revision });
      else if (message.type === 'error') reject(new Error(message.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The hashing worker stopped (exit code ${code})`)));
  });
  worker.postMessage({ type: 'hash-register', ...source } satisfies HashRequest);
  return { hash, stop: () => void worker.terminate() };
}

/**
 * Starts the worker. Bundled (the app, `npx ropa`, the packaged app) it is the pdf-worker entry that
 * electron-vite builds beside the main bundle, found through resource-paths. Only from TypeScript
 * sources (tests, tsx tools) a small bootstrap registers tsx's loader inside the worker first:
 * `--import tsx` in a worker's execArgv is not applied on Node 20.
 */
function startWorker(resourceLimits: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(resourcePath('pdfWorker'), { resourceLimits });
  // tsx/esm/api resolves to its CommonJS build from here; its ESM build sits beside it.
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./pdf-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/** Rough size of a register document in memory (MB): string lengths plus a small cost per value. */
function approximateMegabytes(register: Register): number {
  let bytes = 0;
  const stack: unknown[] = [register];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') bytes += value.length + 8;
    else if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stack.push(item);
    else bytes += 8;
  }
  return bytes / 1048576;
}

/**
 * Heap limits for the worker. Without a limit V8 lets garbage pile up to several times the live set
 * before collecting. Reading the register file a batch at a time, the live set does not depend on
 * the register's size; a register document handed over is held whole, so the limit grows with it.
 */
export function workerResourceLimits(source: RenderSource): ResourceLimits {
  return heapLimitsForRegister('register' in source ? approximateMegabytes(source.register) : 0);
}

/** The heap limits for a register of about `registerMb` megabytes held in the worker (0: read from the file). */
export function heapLimitsForRegister(
  registerMb: number,
): Required<Pick<ResourceLimits, 'maxYoungGenerationSizeMb' | 'maxOldGenerationSizeMb'>> {
  // The layout makes short-lived strings and arrays by the million: a young generation of 24 MB
  // (semi-spaces of 8) halved the time spent collecting at 1,000 activities against 8 MB.
  return { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: Math.ceil(Math.min(8192, Math.max(192, 128 + 2.5 * registerMb))) };
}

/**
 * The Article 30 PDF made on a worker thread, so the Electron main process stays responsive while a
 * large report is laid out. Progress arrives through `options.onProgress` (about every 1 %). Given
 * `{ database: file }`, the worker opens the register file itself, read-only, and reads it a batch
 * at a time (renderArticle30PdfFromDatabase): nothing of the register crosses the thread boundary
 * and the caller holds none of it.
 */
export function renderArticle30PdfInWorker(
  source: RenderSource,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
  settings: WorkerSettings = {},
): Promise<Article30PdfResult> {
  const { onProgress, ...rest } = options;
  const worker = startWorker(workerResourceLimits(source));
  const hasher = 'database' in source && settings.parallelHash !== false ? hashRegisterInWorker(source) : null;
  return new Promise<Article30PdfResult>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: Article30PdfResult) => {
      if (settled) return;
      settled = true;
      settings.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      hasher?.stop();
      if (error) reject(error);
      else resolve(result as Article30PdfResult);
    };
    const onAbort = () => finish(new DOMException('The report was cancelled', 'AbortError'));
    if (settings.signal?.aborted) return onAbort();
    settings.signal?.addEventListener('abort', onAbort);

    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'chunk' && typeof out !== 'string') {
        out.write(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength), () => {
          worker.postMessage({ type: 'ack' } satisfies ChunkAck);
        });
      } else if (message.type === 'done') {
        if (typeof out === 'string') finish(null, message.result);
        else out.end(() => finish(null, message.result));
      } else if (message.type === 'error') {
        const error = new Error(message.message);
        error.stack = message.stack;
        finish(error);
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`The PDF worker stopped unexpectedly (exit code ${code})`)));
    const hashFromCaller = hasher !== null;
    const request: RenderRequest = {
      type: 'render',
      source,
      options: rest satisfies WorkerPdfOptions,
      file: typeof out === 'string' ? out : null,
      hashFromCaller,
    };
    worker.postMessage(request);
    if (hasher)
      hasher.hash.then(
        ({ hash, revision }) => worker.postMessage({ type: 'hash', hash, revision } satisfies HashMessage),
        () => worker.postMessage({ type: 'hash', hash: '', revision: -1 } satisfies HashMessage),
      );
  });
}
