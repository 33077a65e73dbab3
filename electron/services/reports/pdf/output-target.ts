import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Where the PDF bytes go while they are produced. A file is written synchronously chunk by chunk, so
 * nothing piles up in memory however long the layout runs without yielding; a stream is written with
 * back-pressure honoured at the layout's yield points.
 */
export interface OutputTarget {
  write(chunk: Buffer): void;
  /** Resolves when the consumer can take more (immediately for files). */
  drained(): Promise<void>;
  /** Flushes and closes; ends a stream. */
  close(): Promise<void>;
  /** Closes after a failure without waiting. */
  abort(): void;
}

export function openOutput(out: NodeJS.WritableStream | string): OutputTarget {
  return typeof out === 'string' ? fileTarget(out) : streamTarget(out);
}

/** pdfkit emits many tiny chunks (one per PDF token line); gather them into writes of this size. */
const FILE_BUFFER = 1 << 20;

function fileTarget(file: string): OutputTarget {
  const fd = openSync(file, 'w');
  const buffer = Buffer.allocUnsafe(FILE_BUFFER);
  let used = 0;
  let closed = false;
  const writeAll = (data: Uint8Array) => {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
  };
  const flush = () => {
    if (used > 0) writeAll(buffer.subarray(0, used));
    used = 0;
  };
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    write(chunk) {
      if (chunk.length > FILE_BUFFER - used) flush();
      if (chunk.length >= FILE_BUFFER) writeAll(chunk);
      else {
        buffer.set(chunk, used);
        used += chunk.length;
      }
    },
    drained: () => Promise.resolve(),
    close: async () => {
      flush();
      close();
    },
    abort: close,
  };
}

function streamTarget(stream: NodeJS.WritableStream): OutputTarget {
  let needDrain = false;
  let failure: unknown = null;
  stream.on('error', (e) => {
    failure = e;
  });
  return {
    write(chunk) {
      if (!stream.write(chunk)) needDrain = true;
    },
    drained() {
      if (failure) return Promise.reject(failure);
      if (!needDrain) return Promise.resolve();
      return new Promise((resolve) => {
        stream.once('drain', () => {
          needDrain = false;
          resolve();
        });
      });
    },
    close() {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
    abort() {
      stream.end();
    },
  };
}
