/**
 * One measured PDF run in its own process (started by bench/reports.bench.ts), so that peak memory
 * belongs to that run alone. Prints one JSON line with the figures.
 *   engine — renderArticle30Pdf in this thread (what the CLI does)
 *   worker — renderArticle30PdfInWorker from the register's JSON text (what the app does)
 *   naive  — pdfkit's own text layout (bench/reports-naive-pdfkit.ts), for comparison
 */
import { readFileSync, statSync } from 'node:fs';
import { renderArticle30Pdf } from '../electron/services/reports/pdf/render-article30';
import { renderArticle30PdfInWorker } from '../electron/services/reports/pdf/render-in-worker';
import type { Register } from '../electron/shared/schemas/register';
import { renderNaive } from './reports-naive-pdfkit';

export type Variant = 'engine' | 'worker' | 'naive';
export interface ChildResult {
  variant: Variant;
  activities: number;
  pages: number;
  ms: number;
  cpuMs: number;
  /** Highest RSS sampled while rendering (MB). */
  renderPeakMb: number;
  /** RSS just before rendering, with the register built (MB). */
  baseMb: number;
  /** Kernel high-water mark of the whole process, register building included (MB). */
  maxRssMb: number;
  fileMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Renders the register stored as JSON in `registerFile` (written by the parent, like an export). */
export async function runChild(
  variant: Variant,
  activities: number,
  registerFile: string,
  file: string,
  fontsDir: string,
): Promise<ChildResult> {
  // The worker variant hands the JSON bytes over (moved, not copied), as the app can with its JSON
  // export; the others parse the register here.
  let bytes: Uint8Array | null = variant === 'worker' ? readFileSync(registerFile) : null;
  const register: Register | null = variant === 'worker' ? null : (JSON.parse(readFileSync(registerFile, 'utf8')) as Register);
  (globalThis as { gc?: () => void }).gc?.();
  const baseMb = mb(process.memoryUsage().rss);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let pages: number;
  const options = { record: 'controller' as const, lang: 'da' as const, generatedOn: '2026-11-25', fontsDir };
  if (variant === 'engine' && register) pages = (await renderArticle30Pdf(register, options, file)).pages;
  else if (variant === 'worker' && bytes) {
    const moved = bytes;
    bytes = null;
    pages = (await renderArticle30PdfInWorker(moved, options, file)).pages;
  } else if (register) pages = await renderNaive(register, fontsDir, file);
  else throw new Error('no register');
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    variant,
    activities,
    pages,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    renderPeakMb: mb(peak),
    baseMb,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    fileMb: Math.round(statSync(file).size / 104857.6) / 10,
  };
}
