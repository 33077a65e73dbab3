import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { resourcePath } from '../../resource-paths';
import type { Article30PdfOptions, Article30PdfResult } from './types';
import type { ChunkAck, FromWorker, RegisterSource, RenderRequest, WorkerPdfOptions } from './worker-protocol';

export interface WorkerSettings {
  /** Stops the render: the worker is terminated and the promise rejects with an AbortError. */
  signal?: AbortSignal;
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

/** Rough size of a register in memory (MB): string lengths plus a small cost per value. */
function approximateMegabytes(register: RegisterSource): number {
  if (typeof register === 'string') return (register.length * 1.1) / 1048576;
  if (register instanceof Uint8Array) return (register.byteLength * 1.1) / 1048576;
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

/** Bytes that own their whole ArrayBuffer, so it can be moved; a view on a shared pool is copied out. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  // (Not `instanceof ArrayBuffer`: a view may come from another realm, e.g. a test runner's VM context.)
  const shared = typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !shared;
  return whole ? bytes : bytes.slice();
}

/**
 * Heap limits for the worker. Without a limit V8 lets garbage pile up to several times the live set
 * before collecting. The limit grows with the register (its JSON text and its parsed objects are
 * both alive for a moment, plus the layout's working set), so a big register never hits it.
 */
export function workerResourceLimits(register: RegisterSource): ResourceLimits {
  return heapLimitsForRegister(approximateMegabytes(register));
}

/** The heap limits for a register of about `registerMb` megabytes (as JSON). */
export function heapLimitsForRegister(
  registerMb: number,
): Required<Pick<ResourceLimits, 'maxYoungGenerationSizeMb' | 'maxOldGenerationSizeMb'>> {
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Math.ceil(Math.min(8192, Math.max(192, 128 + 2.5 * registerMb))) };
}

/**
 * renderArticle30Pdf on a worker thread, so the Electron main process stays responsive while a large
 * report is laid out. Progress arrives through `options.onProgress` (about every 1 %).
 * `register` may be the Register, its JSON text, or its JSON as UTF-8 bytes. Text and bytes spare
 * the main thread a structured clone (about 1.6 s for 10,000 activities); bytes are moved, not
 * copied, so the caller's Uint8Array is detached (empty) afterwards and memory is not held twice.
 */
export function renderArticle30PdfInWorker(
  register: RegisterSource,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
  settings: WorkerSettings = {},
): Promise<Article30PdfResult> {
  const { onProgress, ...rest } = options;
  const worker = startWorker(workerResourceLimits(register));
  return new Promise<Article30PdfResult>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: Article30PdfResult) => {
      if (settled) return;
      settled = true;
      settings.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
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
    const body = register instanceof Uint8Array ? ownBytes(register) : register;
    const request: RenderRequest = {
      type: 'render',
      register: body,
      options: rest satisfies WorkerPdfOptions,
      file: typeof out === 'string' ? out : null,
    };
    worker.postMessage(request, body instanceof Uint8Array ? [body.buffer as ArrayBuffer] : []);
  });
}
