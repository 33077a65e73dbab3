import type { DpfEntry, DpfSnapshot, Recipient } from '../../shared/schemas/entities';

/**
 * Matching register recipients against an imported DPF List snapshot (legal-knowledge §0.9):
 * by normalised legal name, or through an entry's covered entities. Mailchimp's legal entity
 * "The Rocket Science Group LLC" is covered under the "Intuit" listing, so it must resolve to it.
 */

export interface NameNormalisation {
  leadingArticles: string[];
  legalSuffixes: string[];
}

/** Suffixes as word lists, longest first, prepared once per rule set. */
const preparedSuffixes = new WeakMap<NameNormalisation, string[][]>();

function suffixesOf(rules: NameNormalisation): string[][] {
  let list = preparedSuffixes.get(rules);
  if (!list) {
    list = rules.legalSuffixes.map((s) => s.split(' ')).sort((a, b) => b.length - a.length);
    preparedSuffixes.set(rules, list);
  }
  return list;
}

/**
 * Lower case, no accents, punctuation as spaces, "&" as "and", a leading article and trailing
 * legal-form suffixes removed: "The Rocket Science Group, LLC" → "rocket science group".
 */
export function normaliseOrgName(name: string, rules: NameNormalisation): string {
  let words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length > 1 && rules.leadingArticles.includes(words[0])) words = words.slice(1);
  const suffixes = suffixesOf(rules);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of suffixes) {
      const n = suffix.length;
      if (words.length > n && suffix.every((w, i) => words[words.length - n + i] === w)) {
        words = words.slice(0, -n);
        stripped = true;
        break;
      }
    }
  }
  return words.join(' ');
}

export interface DpfListing {
  entry: DpfEntry;
  /** The recipient name that matched, and whether it matched the listed organisation or one of its covered entities. */
  matchedName: string;
  via: 'orgName' | 'coveredEntity';
}

export interface DpfIndex {
  snapshot: DpfSnapshot;
  byName: Map<string, { entry: DpfEntry; via: DpfListing['via'] }[]>;
  rules: NameNormalisation;
  /** Normalised forms of names already looked up (recipients are asked about again and again). */
  normalised: Map<string, string>;
}

/** Indexes a snapshot once per evaluation: every organisation name and covered entity by its normalised form. */
export function buildDpfIndex(snapshot: DpfSnapshot, rules: NameNormalisation): DpfIndex {
  const byName = new Map<string, { entry: DpfEntry; via: DpfListing['via'] }[]>();
  const add = (name: string, entry: DpfEntry, via: DpfListing['via']) => {
    const key = normaliseOrgName(name, rules);
    if (key === '') return;
    const list = byName.get(key);
    if (list) list.push({ entry, via });
    else byName.set(key, [{ entry, via }]);
  };
  for (const entry of snapshot.entries) {
    add(entry.orgName, entry, 'orgName');
    for (const alias of entry.coveredEntities) add(alias, entry, 'coveredEntity');
  }
  return { snapshot, byName, rules, normalised: new Map() };
}

/** The snapshot to use on a date: the latest one dated on or before it (a later import is "the future"). */
export function snapshotOn(snapshots: DpfSnapshot[], asOf: string): DpfSnapshot | null {
  let best: DpfSnapshot | null = null;
  for (const s of snapshots) {
    if (s.snapshotDate <= asOf && (best === null || s.snapshotDate > best.snapshotDate)) best = s;
  }
  return best;
}

function rank(entry: DpfEntry): number {
  const euUs = entry.frameworks.includes('EU-US');
  return (entry.status === 'active' ? 2 : 0) + (euUs ? 1 : 0);
}

/**
 * The recipient's best listing: names tried are the DPF listing name the DPO recorded, the legal
 * name and the display name. An active EU-US entry wins over an inactive or other-framework one.
 */
export function findDpfListing(index: DpfIndex, recipient: Pick<Recipient, 'name' | 'legalName' | 'dpfListName'>): DpfListing | null {
  let best: DpfListing | null = null;
  for (const name of [recipient.dpfListName, recipient.legalName, recipient.name]) {
    if (!name) continue;
    let key = index.normalised.get(name);
    if (key === undefined) {
      key = normaliseOrgName(name, index.rules);
      index.normalised.set(name, key);
    }
    for (const hit of index.byName.get(key) ?? []) {
      if (best === null || rank(hit.entry) > rank(best.entry)) best = { entry: hit.entry, matchedName: name, via: hit.via };
    }
  }
  return best;
}

/** Whether a listing lets the recipient rely on the EU-US DPF at all. */
export function isActiveEuUs(listing: DpfListing | null): listing is DpfListing {
  return listing !== null && listing.entry.status === 'active' && listing.entry.frameworks.includes('EU-US');
}
