/**
 * Knowledge-base versions are `YYYY.MM.DD-N` (the date the maintainer built it, then a counter
 * for that day), so "newer" is a comparison of numbers, never of strings ("…-10" after "…-9").
 */
const VERSION = /^(\d{4})\.(\d{2})\.(\d{2})-(\d+)$/;

export function isKnowledgeBaseVersion(v: string): boolean {
  return VERSION.test(v);
}

/** Negative when a is older than b, 0 when equal, positive when newer. Throws on a version not in the form. */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION.exec(a);
  const pb = VERSION.exec(b);
  if (!pa || !pb) throw new Error(`Knowledge-base versions look like 2026.12.05-1; got "${pa ? b : a}"`);
  for (let i = 1; i <= 4; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  return 0;
}
