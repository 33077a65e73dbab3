/** Reading list state (search, filters, sort, page) from URL search params, so Back returns to the same view. */

export function readEnumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  return raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function readEnum<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T): T {
  const raw = params.get(key);
  return raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

export function readPage(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Returns new params with the given keys set (empty values removed); changing a filter goes back to page 1. */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>, resetPage = true): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  if (resetPage && !('page' in changes)) next.delete('page');
  return next;
}

export const pageSize = 100;

/** "1–100" of a page, for "showing 1–100 of 312". */
export function pageRange(page: number, total: number, size = pageSize): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  const from = (page - 1) * size + 1;
  return { from, to: Math.min(total, page * size) };
}
