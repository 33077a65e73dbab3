import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { handlers } from '../../electron/services/api';
import { type ApiContext, danishToday } from '../../electron/services/context';
import { createWorkerHost } from '../../electron/services/derived/worker-host';
import { dispatch } from '../../electron/services/dispatch';
import { reportFile, reportSaved } from '../../electron/services/report-jobs/jobs';
import { removeAllReportFiles } from '../../electron/services/report-jobs/report-files';
import { resourcePath } from '../../electron/services/resource-paths';
import { shellAreas } from '../../electron/shared/contract';
import { AppError, type Result } from '../../electron/shared/errors';
import { message } from '../../electron/shared/i18n/message';
import { apiShimSource, injectShim } from './api-shim';
import { harnessShellHandlers, reportDownloadPrefix } from './shell-handlers';

export interface HarnessOptions {
  /** The register file to open (created and migrated if new). */
  dbFile: string;
  /** The built renderer (`npm run build` writes out/renderer). */
  rendererDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The clock handlers see; real time unless a test pins it. */
  now?: () => Date;
}

export interface Harness {
  url: string;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

// The largest request is a register import (its schema allows 200 MB of JSON).
const maxBody = 256 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBody) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function answer(ctx: ApiContext, channel: string, raw: string): Promise<Result<unknown>> {
  let input: unknown;
  try {
    input = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    return { ok: false, error: new AppError('VALIDATION', message('problem.bodyNotJson')).toData() };
  }
  const table = (shellAreas as readonly string[]).includes(channel.split(':')[0] ?? '') ? harnessShellHandlers : handlers;
  return dispatch(table, ctx, channel, input);
}

/** Serves a file of the built renderer, never anything outside it; index.html gets the api shim. */
function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const rel = pathname === '/' ? '/index.html' : pathname;
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  if (rel === '/index.html') send(res, 200, type, injectShim(fs.readFileSync(file, 'utf8')));
  else send(res, 200, type, fs.readFileSync(file));
}

/**
 * The browser harness: the built renderer and every channel of the contract over HTTP on
 * 127.0.0.1, answered by the same handler table as the Electron app, on a real register file.
 * For tests and development only; never shipped.
 */
export async function startHarness({
  dbFile,
  rendererDir = 'out/renderer',
  port = 0,
  now = () => new Date(),
}: HarnessOptions): Promise<Harness> {
  const root = path.resolve(rendererDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built renderer in ${root}: run \`npm run build\` first.`);
  }
  const database = openDatabase(dbFile);
  // Reports wait beside the harness's register (never the shared temp folder), removed on close.
  const reportFilesDir = path.join(path.dirname(path.resolve(dbFile)), 'report-files');
  // As in the app: derived state on a worker thread that reads the file, today's computed at once.
  // The built worker when there is one, as the app runs it (from the sources it compiles itself first).
  const derived = createWorkerHost(
    { file: database.file, nativeBinding: database.nativeBinding },
    { bundled: fs.existsSync(resourcePath('derivedWorker')) },
  );
  const ctx: ApiContext = { database, now, reportFilesDir, derived };
  derived.warm({ asOf: danishToday(ctx) });
  const shim = apiShimSource();
  let origin = '';

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only this machine's own pages may talk to the register (no other site, no rebinding).
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
      return;
    }
    if (url.pathname === '/harness/api-shim.js' && req.method === 'GET') {
      send(res, 200, types['.js']!, shim);
      return;
    }
    if (url.pathname.startsWith('/harness/api/')) {
      const sameOrigin = !req.headers.origin || req.headers.origin === origin || req.headers.origin === `http://${host}`;
      if (req.method !== 'POST' || !sameOrigin) {
        send(res, 405, 'text/plain; charset=utf-8', 'POST from this origin only');
        return;
      }
      const channel = decodeURIComponent(url.pathname.slice('/harness/api/'.length));
      readBody(req)
        .then((raw) => answer(ctx, channel, raw))
        .then(
          (result) => send(res, 200, types['.json']!, JSON.stringify(result)),
          (e: Error) =>
            send(
              res,
              413,
              types['.json']!,
              JSON.stringify({ ok: false, error: new AppError('IO', message('problem.noAnswer', { detail: e.message })).toData() }),
            ),
        );
      return;
    }
    if (url.pathname.startsWith(reportDownloadPrefix) && req.method === 'GET') {
      try {
        const jobId = decodeURIComponent(url.pathname.slice(reportDownloadPrefix.length));
        const report = reportFile(jobId);
        res.writeHead(200, {
          'content-type': report.mimeType,
          'content-disposition': `attachment; filename="${report.fileName}"`,
          'cache-control': 'no-store',
        });
        // Downloaded (the harness's save): the copy beside the register goes, as after Electron's save dialog.
        res.on('finish', () => reportSaved(jobId));
        fs.createReadStream(report.file).pipe(res);
      } catch (e) {
        send(res, 404, 'text/plain; charset=utf-8', (e as Error).message);
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    serveStatic(root, url.pathname, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      removeAllReportFiles();
      await derived.close();
      database.close();
    },
  };
}
