import type { Register } from '../../../shared/schemas/register';
import type { Article30PdfOptions, Article30PdfResult } from './types';

/** Messages between renderArticle30PdfInWorker (main side) and pdf-worker.ts. */

export type RegisterSource = Register | string | Uint8Array;

/** Options that cross the thread boundary (functions cannot). */
export type WorkerPdfOptions = Omit<Article30PdfOptions, 'onProgress'>;

export interface RenderRequest {
  type: 'render';
  /**
   * The register, its JSON text, or its JSON as UTF-8 bytes (transferred, not copied): text and
   * bytes are much cheaper to hand over than a structured clone of a big register.
   */
  register: RegisterSource;
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
