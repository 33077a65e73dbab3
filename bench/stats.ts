/** Timing helpers for the bench scripts (figures go in notes, never in timed tests). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function summary(label: string, samples: number[]): string {
  return `${label.padEnd(46)} p50 ${percentile(samples, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(samples, 95).toFixed(2).padStart(8)} ms   (n=${samples.length})`;
}
