/** What an import can add, in the order the DPO reads it (the keys of main's import counts). */
export const importCountKeys = [
  'activities',
  'recipients',
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
  'systems',
  'transfers',
  'dpas',
  'processorActivities',
  'findingAcknowledgements',
  'dpfSnapshots',
] as const;
export type ImportCountKey = (typeof importCountKeys)[number];

/** The kinds of entry an import added (count > 0), known kinds first in reading order; unknown kinds are kept, by their key. */
export function addedCounts(counts: Record<string, number>): { key: string; count: number }[] {
  const known = new Set<string>(importCountKeys);
  const ordered = [...importCountKeys.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !known.has(k))];
  return ordered.filter((k) => (counts[k] ?? 0) > 0).map((key) => ({ key, count: counts[key] ?? 0 }));
}

export function isImportCountKey(key: string): key is ImportCountKey {
  return (importCountKeys as readonly string[]).includes(key);
}
