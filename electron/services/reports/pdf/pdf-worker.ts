import { Writable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { openDatabaseReadOnly } from '../../../../db/client';
import { renderArticle30Pdf, renderArticle30PdfFromDatabase } from './render-article30';
import type { Article30PdfOptions, Article30PdfResult } from './types';
import type { ChunkAck, FromWorker, RenderRequest } from './worker-protocol';

/**
 * Worker-thread entry: renders one Article 30 PDF off the Electron main thread and reports progress.
 * Started by renderArticle30PdfInWorker; one request per worker. One module (a bundler's entry).
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
  try {
    return await renderArticle30PdfFromDatabase(database, options, out);
  } finally {
    database.close();
  }
}

port.once('message', async (request: RenderRequest) => {
  try {
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
