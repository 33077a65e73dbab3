import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transferMechanisms } from '../../shared/vocab';
import { resourcePath } from '../resource-paths';
import { buildKnowledgeBase, defaultKnowledgeBase, loadKnowledgeBase, readKnowledgeBaseFiles } from './knowledge-base';

const SPEC = fileURLToPath(new URL('../../../../shared/domain/legal-knowledge.md', import.meta.url));

describe('knowledge base', () => {
  const kb = defaultKnowledgeBase();

  it('loads the shipped files with a version and an as-of date', () => {
    expect(kb.version).toMatch(/\S/);
    expect(kb.asOf).toBe('2026-11-25');
  });

  it('has every rule of legal-knowledge.md §A plus the reminder rules', () => {
    const ids = new Set(kb.rules.keys());
    for (const extra of ['DPA-EXPIRING', 'TIA-REEVALUATION-DUE', 'TR-DPF-SNAPSHOT-STALE']) expect(ids).toContain(extra);
    // The specification lives outside the repository; check against it when it is present.
    if (fs.existsSync(SPEC)) {
      const spec = fs.readFileSync(SPEC, 'utf8');
      const specIds = [...spec.matchAll(/^\| ((?:TR|REF|LB|TOOL|A30|RET|REV|DPA)-[A-Z0-9-]+) \|/gm)].map((m) => m[1]);
      expect(specIds.length).toBeGreaterThan(70);
      for (const id of specIds) expect(ids, id).toContain(id);
    }
  });

  it('describes every transfer mechanism of the vocabulary (the labels are in the catalogue, electron/shared/i18n)', () => {
    for (const m of transferMechanisms) expect(kb.mechanisms.get(m), m).toBeDefined();
  });

  it('tags every event and rule with a verification tag and known sources', () => {
    for (const e of kb.events.values()) {
      expect(['V', 'V2', 'M']).toContain(e.verification);
      for (const s of e.sources) expect(kb.sources.has(s), `${e.id} → ${s}`).toBe(true);
    }
    for (const r of kb.rules.values()) {
      for (const s of r.sources) expect(kb.sources.has(s), `${r.id} → ${s}`).toBe(true);
      if (r.verification !== 'V') expect(r.uncertaintyNote ?? r.approximation, r.id).toBeDefined();
    }
  });

  it('records the 27 Dec 2022 ambiguity and the other disputes as disputed facts', () => {
    expect(kb.events.get('EV-SCCOLD-END')?.disputed?.en).toMatch(/27th itself/);
    expect(kb.events.get('EV-SLAUGHTER')?.disputed).toBeDefined();
    const oldScc = kb.mechanisms.get('scc_2010_87')?.lifeEvents.find((l) => l.type === 'last-valid-day');
    expect(oldScc?.date).toBe('2022-12-27');
    expect(oldScc?.note?.en).toMatch(/not settled/);
  });

  it('keeps the UK adequacy history point in time', () => {
    const gb = kb.adequacy.get('GB');
    expect(gb?.validity.map((v) => [v.knownFrom, v.validUntil])).toEqual([
      ['2021-06-28', '2025-06-27'],
      ['2025-06-24', '2025-12-27'],
      ['2025-12-19', '2031-12-27'],
    ]);
  });

  it('treats Greenland and the Faroe Islands as third countries and the UK as EEA only before 2021', () => {
    expect(kb.eea.has('GL')).toBe(false);
    expect(kb.eea.has('FO')).toBe(false);
    expect(kb.eea.has('DK')).toBe(true);
    expect(kb.files.countries.exceptions[0]).toMatchObject({ country: 'GB', treatAsEeaBefore: '2021-01-01', verification: 'M' });
  });

  it('compiles every reference pattern once', () => {
    expect(kb.references.length).toBe(kb.files.patterns.references.length);
    for (const r of kb.references) for (const p of r.patterns) expect(p.flags).toContain('g');
    for (const k of kb.referenceKeywords) expect(k).toBe(k.toLowerCase());
  });

  it('rejects a file with a broken cross-reference, naming the problem', () => {
    const raw = readKnowledgeBaseFiles();
    const rules = structuredClone(raw.rules) as { rules: { id: string; legalEventIds: string[] }[] };
    rules.rules[0].legalEventIds = ['EV-DOES-NOT-EXIST'];
    expect(() => buildKnowledgeBase({ ...raw, rules })).toThrow(/unknown event EV-DOES-NOT-EXIST/);
  });

  it('rejects a file that drops a verification tag', () => {
    const raw = readKnowledgeBaseFiles();
    const events = structuredClone(raw.events) as { events: Record<string, unknown>[] };
    delete events.events[0].verification;
    expect(() => buildKnowledgeBase({ ...raw, events })).toThrow(/not valid/);
  });

  it('lets an override folder replace single files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-override-'));
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(resourcePath('legal'), 'meta.json'), 'utf8'));
      fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ ...meta, version: 'dpo-update-1' }));
      const overridden = loadKnowledgeBase({ overrideDir: dir });
      expect(overridden.version).toBe('dpo-update-1');
      expect(overridden.rules.size).toBe(kb.rules.size);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which file it could not read', () => {
    expect(() => loadKnowledgeBase({ dir: '/nonexistent/legal' })).toThrow(/meta\.json/);
  });
});
