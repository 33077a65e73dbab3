import type { Register } from '../../../shared/schemas/register';
import type { Article30PdfOptions, Article30PdfResult } from './types';

/** Messages between renderArticle30PdfInWorker (main side) and pdf-worker.ts. */

/**
 * What the worker prints: the register file itself, which the worker opens read-only and reads a
 * batch at a time (the app's way: nothing of the register crosses the thread boundary), or a
 * register document a caller already holds (copied to the worker once).
 */
export type RenderSource = { database: string; nativeBinding?: string } | { register: Register };

/** Options that cross the thread boundary (functions cannot). */
export type WorkerPdfOptions = Omit<Article30PdfOptions, 'onProgress'>;

export interface RenderRequest {
  type: 'render';
  source: RenderSource;
  options: WorkerPdfOptions;
  /** A file path the worker writes itself, or null to stream the bytes back as `chunk` messages. */
  file: string | null;
}

/** Main → worker: a streamed chunk has been written; the worker may send more. */
export interface ChunkAck {
  type: 'ack';
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'done'; result: Article30PdfResult }
  | { type: 'error'; message: string; stack?: string };
