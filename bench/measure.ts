/**
 * What every bench of issue 7 shares: interleaved timing (each round runs every task once, so a
 * comparison sees the same load from the other engineers' processes on this 2-core machine),
 * medians, and one printed line per measure with its goal and its anchor.
 */
import os from 'node:os';

export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

/** Runs `rounds` rounds of every task (after `warmUp` untimed ones); samples per task in ms. */
export async function interleaved(tasks: (() => unknown)[], rounds: number, warmUp = 1): Promise<number[][]> {
  for (let i = 0; i < warmUp; i++) for (const task of tasks) await task();
  const samples = tasks.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (const [j, task] of tasks.entries()) {
      const t0 = performance.now();
      await task();
      samples[j]!.push(performance.now() - t0);
    }
  }
  return samples;
}

/** The machine's load when a bench starts: the figures are only comparable beside it. */
export function loadLine(): string {
  const [one, five] = os.loadavg();
  return `${os.cpus().length} cores, load average ${one!.toFixed(2)} (1 min) ${five!.toFixed(2)} (5 min), Node ${process.version}`;
}

export interface Line {
  measure: string;
  figure: string;
  goal: string;
  anchor: string;
  met: boolean | null;
}

/** One line per measure: the figure beside its goal and its anchor, and whether the goal is met. */
export function printLines(title: string, lines: Line[]): void {
  console.log(`\n${title}`);
  const w = Math.max(...lines.map((l) => l.measure.length));
  for (const l of lines) {
    const verdict = l.met === null ? '' : l.met ? 'met' : 'NOT MET';
    console.log(`  ${l.measure.padEnd(w)}  ${l.figure.padStart(12)}   goal ${l.goal.padEnd(22)} anchor ${l.anchor.padEnd(28)} ${verdict}`);
  }
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
