import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchKind } from '../../electron/shared/schemas/search';
import { createActivity, deleteActivity, updateActivity } from '../queries/activities';
import { writeRegister } from '../queries/register-import';
import { setSetting } from '../queries/settings';
import { dpaStore, recipientStore, transferStore } from '../queries/stores';
import { readRevision } from '../revision';
import { buildExampleRegister } from '../seed/example-register';
import { createTestDb } from '../testing/create-test-db';
import { matchExpression, rankSql } from './query';
import { registerTables } from './register-tables';
import { revisionTriggersSql, searchDocuments, searchIndexSql, searchTriggersSql } from './search-sql';

const AT = '2026-11-25T10:00:00.000Z';
let db: ReturnType<typeof createTestDb>;
afterEach(() => db?.dispose());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Ids of `kind` the search finds for what the DPO typed, best first. */
function found(kind: SearchKind, text: string): string[] {
  const expression = matchExpression(text);
  if (!expression) return [];
  return db.db
    .all<{ id: string }>(
      sql`SELECT k.id AS id FROM search_index JOIN search_keys k ON k.key = search_index.rowid WHERE search_index MATCH ${expression} AND k.kind = ${kind} ORDER BY ${rankSql}`,
    )
    .map((r) => r.id);
}

describe('the migrated register file', () => {
  it('has exactly the search and revision triggers the definitions generate', () => {
    db = createTestDb();
    const inFile = new Map(
      db.sqlite
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        .all()
        .map((r) => [(r as { name: string }).name, squash((r as { sql: string }).sql)]),
    );
    const generated = [...searchDocuments.flatMap(searchTriggersSql), ...registerTables().flatMap(revisionTriggersSql)];
    const expected = new Map(generated.map((s) => [s.match(/CREATE TRIGGER (\S+)/)![1]!, squash(s)]));
    expect([...inFile.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(inFile.get(name), name).toBe(text);
    const index = db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string };
    expect(squash(index.sql)).toBe(squash(searchIndexSql));
  });

  it('bumps the revision on a write to any table of the register (none is left out)', () => {
    db = createTestDb();
    const tables = db.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT IN ('register_info', 'search_keys', '__drizzle_migrations', 'audit_log')",
      )
      .all()
      .map((r) => (r as { name: string }).name);
    const withTriggers = new Set(
      db.sqlite
        .prepare("SELECT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'revision_%'")
        .all()
        .map((r) => (r as { t: string }).t),
    );
    expect(tables.filter((t) => !withTriggers.has(t))).toEqual([]);
  });
});

describe('the register revision', () => {
  it('goes up with every write, and not with a write that was rolled back', () => {
    db = createTestDb();
    expect(readRevision(db.db)).toBe(0);
    writeRegister(db.db, buildExampleRegister(), AT);
    const afterImport = readRevision(db.db);
    expect(afterImport).toBeGreaterThan(0);
    const a = createActivity(db.db, { name: 'Løn' }, AT);
    const afterCreate = readRevision(db.db);
    expect(afterCreate).toBeGreaterThan(afterImport);
    setSetting(db.db, 'review_max_age_days', 400, AT);
    expect(readRevision(db.db)).toBeGreaterThan(afterCreate);
    const before = readRevision(db.db);
    expect(() =>
      db.db.transaction((tx) => {
        updateActivity(tx, a.id, { name: 'Løn 2' }, undefined, AT);
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(readRevision(db.db)).toBe(before);
    deleteActivity(db.db, a.id, AT);
    expect(readRevision(db.db)).toBeGreaterThan(before);
  });
});

describe('the search index', () => {
  it('matches prefixes, folds case and keeps æ, ø and å apart from a and o', () => {
    db = createTestDb();
    const lon = createActivity(db.db, { name: 'Lønadministration for timelønnede' }, AT);
    const aal = createActivity(db.db, { name: 'Ålborg Print', description: 'Tryksager' }, AT);
    const al = createActivity(db.db, { name: 'Alsisk kontor', description: 'Sager' }, AT);
    const oko = createActivity(db.db, { name: 'Økonomi', reference: 'BA-00012' }, AT);
    expect(found('activity', 'løn')).toEqual([lon.id]);
    expect(found('activity', 'LØNADM')).toEqual([lon.id]);
    expect(found('activity', 'lon')).toEqual([]);
    expect(found('activity', 'ål')).toEqual([aal.id]);
    expect(found('activity', 'ÅL')).toEqual([aal.id]);
    expect(found('activity', 'al')).toEqual([al.id]);
    expect(found('activity', 'øk')).toEqual([oko.id]);
    expect(found('activity', 'ok')).toEqual([]);
    expect(found('activity', 'ba-0001')).toEqual([oko.id]);
    // Every word must match; FTS5 syntax in what the DPO types is just text.
    expect(found('activity', 'løn kontor')).toEqual([]);
    expect(found('activity', '"AND OR * NEAR(')).toEqual([]);
  });

  it('ranks a match in the name above one in the description', () => {
    db = createTestDb();
    const inBody = createActivity(db.db, { name: 'Kursustilmelding', description: 'Sender nyhedsbrev til kursister' }, AT);
    const inName = createActivity(db.db, { name: 'Nyhedsbrev', description: 'Markedsføring' }, AT);
    expect(found('activity', 'nyhedsbrev')).toEqual([inName.id, inBody.id]);
  });

  it('follows every change: edits, a recipient renamed (its transfers and DPAs too), deletions, a replacing import', () => {
    db = createTestDb();
    writeRegister(db.db, buildExampleRegister(), AT);
    const a = createActivity(db.db, { name: 'Rekruttering' }, AT);
    updateActivity(db.db, a.id, { name: 'Ansættelser' }, undefined, AT);
    expect(found('activity', 'rekrut')).toEqual([]);
    expect(found('activity', 'ansættelser')).toEqual([a.id]);

    const r = recipientStore.create(db.db, { name: 'Fjord Hosting', role: 'processor', country: 'US' }, AT);
    const tr = transferStore.create(db.db, { recipientId: r.id, activityId: a.id, mechanism: 'privacy_shield' }, AT);
    const dpa = dpaStore.create(db.db, { recipientId: r.id, title: 'Aftale 2019' }, AT);
    expect(found('transfer', 'fjord')).toEqual([tr.id]);
    expect(found('transfer', 'ansættelser privacy shield')).toEqual([tr.id]);
    expect(found('dpa', 'fjord')).toEqual([dpa.id]);
    recipientStore.update(db.db, r.id, { name: 'Nordlys Cloud' }, undefined, AT);
    expect(found('transfer', 'fjord')).toEqual([]);
    expect(found('transfer', 'nordlys')).toEqual([tr.id]);
    expect(found('dpa', 'nordlys')).toEqual([dpa.id]);
    expect(found('recipient', 'nordlys')).toEqual([r.id]);

    transferStore.remove(db.db, tr.id, AT);
    expect(found('transfer', 'nordlys')).toEqual([]);
    const keys = () => db.sqlite.prepare('SELECT count(*) AS n FROM search_keys').get() as { n: number };
    writeRegister(db.db, buildExampleRegister(), AT, { replace: true });
    expect(found('activity', 'ansættelser')).toEqual([]);
    expect(found('recipient', 'hubspot')).toHaveLength(1);
    const example = buildExampleRegister();
    const entries =
      example.activities.length +
      example.recipients.length +
      example.transfers.length +
      example.dpas.length +
      example.dataCategories.length +
      example.dataSubjectCategories.length +
      example.securityMeasures.length +
      example.systems.length +
      example.processorActivities.length;
    expect(keys().n).toBe(entries);
  });
});
