/** Error codes that cross every boundary (IPC, HTTP harness, CLI) as data. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'INTEGRITY', 'IO', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** A sentence a DPO can read. */
  message: string;
  /** e.g. per-field problems: [{ path: 'purposes.0.description', message: '…' }]. */
  details?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

/** Thrown inside services; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: AppErrorData['details'];

  constructor(code: ErrorCode, message: string, details?: AppErrorData['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
