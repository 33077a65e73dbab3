import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { readRegister } from '../../db/queries/register-export';
import { defaultKnowledgeBase, evaluate } from '../../electron/services/compliance';
import { activityFieldDefaults } from '../../electron/shared/schemas/blank-entities';
import { registerSchema } from '../../electron/shared/schemas/register';
import { realisticRegister } from './realistic-register';
import { importWithCli, writeRegisterJson } from './register-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-realistic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const doc = realisticRegister({ activities: 400 });
const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

describe('the realistic register', () => {
  it('is the same document for the same seed, and another for another seed', () => {
    expect(hash(realisticRegister({ activities: 400 }))).toBe(hash(doc));
    expect(hash(realisticRegister({ activities: 400, seed: 2 }))).not.toBe(hash(doc));
  });

  it('is a valid register document with the sizes issue 7 describes', () => {
    expect(registerSchema.safeParse(doc).success).toBe(true);
    expect(doc.recipients).toHaveLength(200);
    expect(doc.transfers).toHaveLength(5 * 400);
    for (const a of doc.activities) {
      expect(a.purposes.length).toBeGreaterThanOrEqual(2);
      expect(a.purposes.length).toBeLessThanOrEqual(4);
      expect(a.dataCategories.length).toBeGreaterThanOrEqual(4);
      expect(a.dataCategories.length).toBeLessThanOrEqual(8);
      expect(a.recipients.length).toBeGreaterThanOrEqual(3);
      expect(a.recipients.length).toBeLessThanOrEqual(6);
      expect(doc.transfers.filter((t) => t.activityId === a.id)).toHaveLength(5);
    }
    const perActivity = doc.activities.reduce((s, a) => s + JSON.stringify(a).length, 0) / doc.activities.length;
    expect(perActivity).toBeGreaterThan(11_000);
    expect(perActivity).toBeLessThan(14_000);
  });

  it('fills every activity field (the joint arrangement where there is a joint controller)', () => {
    const fields = Object.keys(activityFieldDefaults()).filter((k) => k !== 'archivedAt' && k !== 'jointControllerArrangement');
    for (const a of doc.activities) {
      const empty = fields.filter((k) => a[k as keyof typeof a] === null || a[k as keyof typeof a] === '');
      expect(empty, a.id).toEqual([]);
      const joint = a.recipients.some((r) => r.role === 'joint_controller');
      expect(a.jointControllerArrangement !== null, a.id).toBe(joint);
    }
    expect(doc.activities.filter((a) => a.jointControllerArrangement !== null).length).toBeGreaterThan(40);
  });

  it('links every data category to every subject group and every recipient to a category', () => {
    for (const a of doc.activities) {
      for (const c of a.dataCategories)
        for (const s of a.dataSubjectIds)
          expect(a.dataLinks.some((l) => l.dataCategoryId === c.dataCategoryId && l.subjectCategoryId === s)).toBe(true);
      for (const r of a.recipients) expect(a.dataLinks.some((l) => l.recipientId === r.recipientId)).toBe(true);
    }
  });

  it('has about 5 % stale entries, which the engine finds', () => {
    const share = (n: number, of: number) => n / of;
    const staleActivities = doc.activities.filter((a) => a.lastReviewedOn === '2019-12-18').length;
    const staleTransfers = doc.transfers.filter((t) => t.mechanism === 'privacy_shield' || t.mechanism === 'scc_2010_87').length;
    expect(share(staleActivities, 400)).toBeGreaterThan(0.02);
    expect(share(staleActivities, 400)).toBeLessThan(0.09);
    expect(share(staleTransfers, 2000)).toBeGreaterThan(0.02);
    expect(share(staleTransfers, 2000)).toBeLessThan(0.09);
    const rules = new Set(evaluate(doc, { asOf: '2026-11-25', kb: defaultKnowledgeBase() }).map((f) => f.ruleId));
    for (const id of ['TR-PS-ACTIVE', 'TR-SCCOLD-EXPIRED', 'REV-STALE', 'REF-PDL', 'DPA-PREGDPR']) expect(rules).toContain(id);
    // Clean entries stay clean: no finding about missing Art 30 content.
    expect([...rules].filter((id) => id.startsWith('A30-'))).toEqual([]);
  });

  it('reaches a register file through ropa import json unchanged', () => {
    const json = path.join(dir, 'small.json');
    const db = path.join(dir, 'small.sqlite');
    writeRegisterJson({ activities: 12 }, json);
    importWithCli(json, db);
    const opened = openDatabase(db);
    try {
      expect(hash(readRegister(opened.db))).toBe(hash(registerSchema.parse(JSON.parse(fs.readFileSync(json, 'utf8')))));
    } finally {
      opened.close();
    }
  });
});
