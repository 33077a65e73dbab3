/** A small seeded generator (mulberry32) and the picks built on it, so a seed always gives the same register. */
export interface Dice {
  next: () => number;
  /** An integer in [lo, hi]. */
  int: (lo: number, hi: number) => number;
  pick: <T>(list: readonly T[]) => T;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** `n` distinct items of the list (n capped at its length). */
  some: <T>(list: readonly T[], n: number) => T[];
  weighted: <T>(list: readonly (readonly [T, number])[]) => T;
}

export function dice(seed: number): Dice {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    some: <T>(list: readonly T[], n: number): T[] => {
      const pool = [...list];
      const out: T[] = [];
      while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
    weighted: <T>(list: readonly (readonly [T, number])[]): T => {
      let r = next() * list.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of list) {
        r -= w;
        if (r < 0) return v;
      }
      return list[list.length - 1]![0];
    },
  };
}
