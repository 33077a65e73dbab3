import type { OpenedDatabase } from '../../../db/client';
import { readRevision } from '../../../db/revision';
import type { FindingsReport } from '../../shared/schemas/findings';
import type { AcknowledgementView, ComplianceStatus, FindingsPage, Summaries } from '../../shared/schemas/findings-views';
import type { KnowledgeBase } from '../compliance/knowledge-base';
import { computeDerived, type DerivedState } from './compute';
import { type DerivedParams, derivedKey } from './params';
import { findingsPage, fullReport, releaseState, statusOf, summariesFor } from './queries';

type PageQuery = Parameters<typeof findingsPage>[1];
type SummaryQuery = Parameters<typeof summariesFor>[1];

/**
 * Where screens get what is computed from the whole register. Each answer is for the register's
 * revision at the time of asking; the state behind it is computed once per revision and parameters.
 * Two implementations with the same behaviour: in this thread (CLI, tests) and on a worker thread
 * (the app and the harness: the thread that answers IPC never evaluates the register).
 */
export interface DerivedHost {
  status(params: DerivedParams): Promise<ComplianceStatus>;
  summaries(params: DerivedParams, entities: SummaryQuery): Promise<Summaries>;
  page(params: DerivedParams, query: PageQuery): Promise<FindingsPage>;
  report(params: DerivedParams): Promise<FindingsReport>;
  acknowledgements(params: DerivedParams): Promise<AcknowledgementView[]>;
  /** Starts computing for these parameters (e.g. today's findings at start-up) without waiting. */
  warm(params: DerivedParams): void;
  close(): Promise<void>;
}

/** The operations a host answers, by name: what the worker protocol carries. */
export const derivedOperations = ['status', 'summaries', 'page', 'report', 'acknowledgements'] as const;
export type DerivedOperation = (typeof derivedOperations)[number];

/** Evaluations kept: today's and a few other dates the DPO looked at. */
const KEEP = 4;

/** Computes in the calling thread, caching per revision, knowledge-base version and parameters. */
export function createInlineHost(
  database: Pick<OpenedDatabase, 'db'>,
  kb: () => KnowledgeBase,
  nativeBinding?: string,
): DerivedHost & {
  state(params: DerivedParams): DerivedState;
  answer(op: DerivedOperation, params: DerivedParams, arg: unknown): unknown;
} {
  const cache = new Map<string, DerivedState>();
  function state(params: DerivedParams): DerivedState {
    const k = kb();
    const key = derivedKey(readRevision(database.db), k.version, params);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const computed = computeDerived(database.db, k, params);
    cache.set(computed.key, computed);
    for (const [old, s] of cache) {
      if (cache.size <= KEEP) break;
      cache.delete(old);
      releaseState(s);
    }
    return computed;
  }
  function answer(op: DerivedOperation, params: DerivedParams, arg: unknown): unknown {
    const s = state(params);
    switch (op) {
      case 'status':
        return statusOf(s);
      case 'summaries':
        return summariesFor(s, arg as SummaryQuery);
      case 'page':
        return findingsPage(s, arg as PageQuery, nativeBinding);
      case 'report':
        return fullReport(s);
      case 'acknowledgements':
        return s.acknowledgements;
    }
  }
  const ask = <T>(op: DerivedOperation, params: DerivedParams, arg?: unknown) => Promise.resolve().then(() => answer(op, params, arg) as T);
  return {
    state,
    answer,
    status: (p) => ask('status', p),
    summaries: (p, e) => ask('summaries', p, e),
    page: (p, q) => ask('page', p, q),
    report: (p) => ask('report', p),
    acknowledgements: (p) => ask('acknowledgements', p),
    warm: (p) => {
      setImmediate(() => state(p));
    },
    close: async () => {
      for (const s of cache.values()) releaseState(s);
      cache.clear();
    },
  };
}
