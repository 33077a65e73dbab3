import { useSyncExternalStore } from 'react';
import type { ReportOptions } from './report-options';

/** The reports page's choices and its last report, kept while the DPO visits other pages (a long PDF may still be running). */
export interface ReportSession {
  options: ReportOptions;
  generated: { jobId: string; options: ReportOptions } | null;
}

let session: ReportSession | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For as long as the window is open; `initial` gives the choices the first time the page opens. */
export function useReportSession(initial: () => ReportOptions): [ReportSession, (changes: Partial<ReportSession>) => void] {
  session ??= { options: initial(), generated: null };
  const current = useSyncExternalStore(subscribe, () => session as ReportSession);
  const update = (changes: Partial<ReportSession>) => {
    session = { ...(session as ReportSession), ...changes };
    for (const listener of listeners) listener();
  };
  return [current, update];
}
