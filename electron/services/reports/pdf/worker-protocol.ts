import type { Register } from '../../../shared/schemas/register';
import type { Article30PdfOptions, Article30PdfResult } from './types';

/** Messages between renderArticle30PdfInWorker (main side) and pdf-worker.ts. */

/**
 * What the worker prints: the register file itself, which the worker opens read-only and reads a
 * batch at a time (the app's way: nothing of the register crosses the thread boundary), or a
 * register document a caller already holds (copied to the worker once).
 */
export type RenderSource = { database: string; nativeBinding?: string } | { register: Register };

/** Main → worker: the register version from the other worker, and the revision it describes. */
export interface HashMessage {
  type: 'hash';
  hash: string;
  /** -1: the other worker failed; the render worker hashes itself. */
  revision: number;
}

/** Main → a second worker: hash the register in this file (in one read transaction) and answer `hashed`. */
export interface HashRequest {
  type: 'hash-register';
  database: string;
  nativeBinding?: string;
}

/** Options that cross the thread boundary (functions cannot). */
export type WorkerPdfOptions = Omit<Article30PdfOptions, 'onProgress'>;

export interface RenderRequest {
  type: 'render';
  source: RenderSource;
  options: WorkerPdfOptions;
  /** A file path the worker writes itself, or null to stream the bytes back as `chunk` messages. */
  file: string | null;
  /** A second worker hashes the register meanwhile; main passes it on as a HashMessage (database sources only). */
  hashFromCaller?: boolean;
}

/** Main → worker: a streamed chunk has been written; the worker may send more. */
export interface ChunkAck {
  type: 'ack';
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'done'; result: Article30PdfResult }
  | { type: 'hashed'; hash: string; revision: number }
  | { type: 'error'; message: string; stack?: string };
