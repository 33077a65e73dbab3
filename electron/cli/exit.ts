/** Exit codes and the CLI's error type: kept apart from io.ts so `ropa --help` loads no database code. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the CLI reports in words and maps to an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
  }
}

export interface Cli {
  out: (text: string) => void;
  err: (text: string) => void;
}
