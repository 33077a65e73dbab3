import type { EvaluateOptions } from '../compliance/evaluate';

/**
 * What an evaluation depends on besides the register and the knowledge base in use: the check
 * date, assumed legal events (a what-if scenario: the engine runs on the knowledge base with those
 * events written in, compliance/assume.ts), and whatever else evaluate() accepts (parameter
 * overrides). All of it is part of the cache key, so a new option needs nothing here but its type.
 */
export type DerivedParams = Omit<EvaluateOptions, 'kb'>;

/** JSON with sorted keys, so equal parameters give equal keys. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of derived state: register revision, knowledge-base version and evaluation parameters. */
export function derivedKey(revision: number, kbVersion: string, params: DerivedParams): string {
  return `${revision}|${kbVersion}|${stable(params)}`;
}
