import { Writable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { openDatabaseReadOnly } from '../../../../db/client';
import { registerHashAtRevision } from '../register-hash';
import { type HashAtRevision, renderArticle30Pdf, renderArticle30PdfFromDatabase } from './render-article30';
import type { Article30PdfOptions, Article30PdfResult } from './types';
import type { ChunkAck, FromWorker, HashMessage, HashRequest, RenderRequest } from './worker-protocol';

/**
 * Worker-thread entry: renders one Article 30 PDF off the Electron main thread and reports progress,
 * or (a second worker beside it) hashes the register. Started by renderArticle30PdfInWorker; one
 * request per worker. One module (a bundler's entry).
 */

if (!parentPort) throw new Error('pdf-worker.ts must run in a worker thread');
const port = parentPort;

const send = (message: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);

/** How much may be sent back before the main side acknowledges it (keeps memory flat on slow sinks). */
const MAX_IN_FLIGHT = 4;
const CHUNK_SIZE = 256 * 1024;

/** Gathers pdfkit's small writes into 256 KB messages, and waits for acks when too many are in flight. */
function chunkSender(): Writable {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let inFlight = 0;
  let waiting: (() => void) | null = null;
  port.on('message', (message: ChunkAck) => {
    if (message.type !== 'ack') return;
    inFlight--;
    const resume = waiting;
    waiting = null;
    resume?.();
  });
  const flush = (done: () => void) => {
    if (pendingBytes === 0) return done();
    const data = new Uint8Array(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
    inFlight++;
    send({ type: 'chunk', data }, [data.buffer as ArrayBuffer]);
    if (inFlight < MAX_IN_FLIGHT) done();
    else waiting = done;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= CHUNK_SIZE) flush(() => callback());
      else callback();
    },
    final(callback) {
      flush(() => callback());
    },
  });
}

/** Renders from the source the request names: the register file (opened read-only) or a document. */
async function render(request: RenderRequest, options: Article30PdfOptions, out: Writable | string): Promise<Article30PdfResult> {
  const { source } = request;
  if ('register' in source) return renderArticle30Pdf(source.register, options, out);
  const database = openDatabaseReadOnly(source.database, source.nativeBinding ? { nativeBinding: source.nativeBinding } : {});
  const hashElsewhere = request.hashFromCaller
    ? new Promise<HashAtRevision>((resolve) => {
        const onHash = (message: HashMessage) => {
          if (message.type !== 'hash') return;
          port.off('message', onHash);
          resolve({ hash: message.hash, revision: message.revision });
        };
        port.on('message', onHash);
      })
    : undefined;
  try {
    return await renderArticle30PdfFromDatabase(database, options, out, hashElsewhere);
  } finally {
    database.close();
  }
}

/** A second worker's whole job: the register version, hashed beside the render worker's layout. */
function hashRegister(request: HashRequest): void {
  const database = openDatabaseReadOnly(request.database, request.nativeBinding ? { nativeBinding: request.nativeBinding } : {});
  try {
    send({ type: 'hashed', ...registerHashAtRevision(database) });
  } finally {
    database.close();
  }
}

port.once('message', async (request: RenderRequest | HashRequest) => {
  try {
    if (request.type === 'hash-register') return hashRegister(request);
    let lastSent = 0;
    const onProgress = (done: number, total: number) => {
      // A message per activity would flood the main thread; send every 1 % and the last one.
      if (done === total || done - lastSent >= Math.max(1, Math.floor(total / 100))) {
        lastSent = done;
        send({ type: 'progress', done, total });
      }
    };
    const out = request.file ?? chunkSender();
    const result = await render(request, { ...request.options, onProgress }, out);
    send({ type: 'done', result });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    send({ type: 'error', message: e.message, stack: e.stack });
  }
});
