import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import { resourcePath } from '../resource-paths';
import type { DerivedHost, DerivedOperation } from './host';
import type { DerivedParams } from './params';
import type { DerivedReply, DerivedRequest, DerivedWorkerData } from './protocol';

/**
 * A larger young generation: reading a register makes many short-lived strings, and with V8's
 * default (16 MB) most of the time went to collecting them (measured: docs/performance.md).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 64 };

/**
 * The bundled worker (the app, the packaged app, and the harness once `npm run build` made it), or
 * from the TypeScript sources (unit tests).
 */
function startWorker(data: DerivedWorkerData, bundled: boolean): Worker {
  if (bundled || !import.meta.url.endsWith('.ts')) return new Worker(resourcePath('derivedWorker'), { workerData: data, resourceLimits });
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./derived-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data, resourceLimits });
}

/** Derived state computed on a worker thread that reads the register file itself. */
export function createWorkerHost(data: DerivedWorkerData, options: { bundled?: boolean } = {}): DerivedHost {
  const worker = startWorker(data, options.bundled ?? false);
  // The worker must not keep the process alive (the CLI, a test run); pending requests hold it.
  worker.unref();
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  let failure: Error | null = null;
  const failAll = (e: Error) => {
    failure = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('message', (reply: DerivedReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) p.resolve(reply.data);
    else p.reject(AppError.fromData(reply.error));
  });
  worker.on('error', (e) => failAll(new AppError('INTERNAL', message('problem.findingsFailed', { detail: e.message }))));
  worker.on('exit', (code) => failAll(new AppError('INTERNAL', message('problem.findingsStopped', { code }))));

  function ask<T>(op: DerivedRequest['op'], params: DerivedParams, arg?: unknown): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, op, params, arg } satisfies DerivedRequest);
    });
  }
  const op =
    <T>(name: DerivedOperation) =>
    (params: DerivedParams, arg?: unknown) =>
      ask<T>(name, params, arg);
  return {
    status: op('status'),
    summaries: op('summaries'),
    page: op('page'),
    report: op('report'),
    acknowledgements: op('acknowledgements'),
    warm: (params) => {
      ask('warm', params).catch(() => undefined);
    },
    close: async () => {
      failAll(new AppError('IO', message('problem.registerClosed')));
      await worker.terminate();
    },
  };
}
