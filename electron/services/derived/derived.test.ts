import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { realisticRegister } from '../../../bench/register/realistic-register';
import type { OpenedDatabase } from '../../../db/client';
import { readEntityScope } from '../../../db/queries/entity-scope';
import { readRegister } from '../../../db/queries/register-export';
import { writeRegister } from '../../../db/queries/register-import';
import { acknowledgementStore, recipientStore } from '../../../db/queries/stores';
import { buildExampleRegister } from '../../../db/seed/example-register';
import { createTestDb } from '../../../db/testing/create-test-db';
import type { AcknowledgedFinding, FindingsReport, findingEntityTypes } from '../../shared/schemas/findings';
import { canonicaliseRegister } from '../../shared/schemas/register';
import { entityFingerprint } from '../compliance/acknowledgements';
import { defaultKnowledgeBase } from '../compliance/knowledge-base';
import { checkRegister } from '../compliance/register-check';
import { kitchenSinkRegister } from '../compliance/testing/kitchen-sink';
import { createInlineHost } from './host';
import { createWorkerHost } from './worker-host';

const AT = '2026-11-25T10:00:00.000Z';
const today = { asOf: '2026-11-25' };
const dbs: (OpenedDatabase & { dispose(): void })[] = [];
afterEach(() => {
  for (const d of dbs.splice(0)) d.dispose();
});

function registerDb(doc = buildExampleRegister()) {
  const d = createTestDb();
  dbs.push(d);
  writeRegister(d.db, doc, AT);
  return d;
}

/** The reference: what the renderer computed from the whole report before (useFindingsIndex.ts). */
function oracleSummaries(report: FindingsReport, register: ReturnType<typeof readRegister>) {
  const owner = new Map<string, string>();
  for (const d of register.dpas) owner.set(`dpa:${d.id}`, d.recipientId);
  for (const t of register.transfers) owner.set(`transfer:${t.id}`, t.recipientId);
  const groups = new Map<string, AcknowledgedFinding[]>();
  const push = (k: string, f: AcknowledgedFinding) => groups.set(k, [...(groups.get(k) ?? []), f]);
  for (const f of report.findings) {
    const activity = f.activityId ?? (f.entity.type === 'activity' ? f.entity.id : undefined);
    if (activity) push(`activity:${activity}`, f);
    const key = `${f.entity.type}:${f.entity.id}`;
    const recipient = f.entity.type === 'recipient' ? f.entity.id : owner.get(key);
    if (recipient) push(`recipient:${recipient}`, f);
    if (f.entity.type !== 'activity' && f.entity.type !== 'recipient') push(key, f);
  }
  return new Map(
    [...groups].map(([k, list]) => {
      const counts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, INFO: 0 };
      for (const f of list) if (f.status === 'open') counts[f.severity] += 1;
      const highest = (['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'] as const).find((s) => counts[s] > 0) ?? null;
      const open = Object.values(counts).reduce((a, b) => a + b, 0);
      return [k, { highest, highestCount: highest ? counts[highest] : 0, counts, open, acknowledged: list.length - open }];
    }),
  );
}

/** The reference order of the findings page (findings-filter.ts before): open first, severity, rule, name. */
function oracleOrder(findings: AcknowledgedFinding[], lang: 'da' | 'en') {
  const c = new Intl.Collator(lang);
  const rank = (s: string) => ['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'].indexOf(s);
  return [...findings].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) ||
      rank(a.severity) - rank(b.severity) ||
      c.compare(a.ruleId, b.ruleId) ||
      c.compare(a.entity.name, b.entity.name),
  );
}

describe('derived state, in this thread', () => {
  it('answers with what the screens computed from the whole report, for every entry shown', async () => {
    const d = registerDb(realisticRegister({ activities: 40 }));
    const register = readRegister(d.db);
    const report = checkRegister(register, today.asOf, defaultKnowledgeBase());
    const host = createInlineHost(d, defaultKnowledgeBase);
    expect(await host.report(today)).toEqual(report);
    const expected = oracleSummaries(report, register);
    const entities = [
      ...register.activities.map((a) => ({ type: 'activity' as const, id: a.id })),
      ...register.recipients.map((r) => ({ type: 'recipient' as const, id: r.id })),
      ...register.transfers.map((t) => ({ type: 'transfer' as const, id: t.id })),
    ];
    const got = await host.summaries(today, entities.slice(0, 1000));
    expect(new Map(Object.entries(got.summaries))).toEqual(
      new Map([...expected].filter(([k]) => entities.slice(0, 1000).some((e) => `${e.type}:${e.id}` === k))),
    );
    expect(Object.keys(got.summaries).length).toBeGreaterThan(50);
    const status = await host.status(today);
    expect(status).toMatchObject({ asOf: today.asOf, counts: report.counts, openCounts: report.openCounts });
  });

  it('pages, filters and orders the findings as the findings page did', async () => {
    const d = registerDb(realisticRegister({ activities: 40 }));
    const report = checkRegister(readRegister(d.db), today.asOf, defaultKnowledgeBase());
    const host = createInlineHost(d, defaultKnowledgeBase);
    for (const lang of ['da', 'en'] as const) {
      const order = oracleOrder(report.findings, lang);
      const first = await host.page(today, { lang, status: 'all', offset: 0, limit: 100 });
      expect(first.items.map((f) => f.id)).toEqual(order.slice(0, 100).map((f) => f.id));
      const third = await host.page(today, { lang, status: 'all', offset: 200, limit: 100 });
      expect(third.items.map((f) => f.id)).toEqual(order.slice(200, 300).map((f) => f.id));
      expect(first.total).toBe(report.findings.length);
    }
    const high = await host.page(today, {
      lang: 'da',
      status: 'open',
      severity: ['CRITICAL'],
      rule: ['TR-PS-ACTIVE'],
      offset: 0,
      limit: 1000,
    });
    const expected = report.findings.filter((f) => f.status === 'open' && f.severity === 'CRITICAL' && f.ruleId === 'TR-PS-ACTIVE');
    expect(high.items.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    const activity = expected[0]!.activityId!;
    const ofActivity = await host.page(today, { lang: 'da', status: 'all', activityId: activity, offset: 0, limit: 1000 });
    expect(ofActivity.items.map((f) => f.id).sort()).toEqual(
      report.findings
        .filter((f) => (f.activityId ?? (f.entity.type === 'activity' ? f.entity.id : undefined)) === activity)
        .map((f) => f.id)
        .sort(),
    );
  });

  it('searches the findings with the one search: prefixes, either language', async () => {
    const d = registerDb();
    const host = createInlineHost(d, defaultKnowledgeBase);
    const shield = await host.page(today, { lang: 'da', q: 'privacy shi', status: 'all', offset: 0, limit: 1000 });
    expect(shield.total).toBeGreaterThan(0);
    expect(shield.items.every((f) => /privacy shield/i.test(JSON.stringify(f)))).toBe(true);
    const english = await host.page(today, { lang: 'en', q: 'valid basis', status: 'all', offset: 0, limit: 1000 });
    const danish = await host.page(today, { lang: 'da', q: 'valid basis', status: 'all', offset: 0, limit: 1000 });
    expect(english.total).toBeGreaterThan(danish.total);
    expect((await host.page(today, { lang: 'da', q: 'zzzqqq', status: 'all', offset: 0, limit: 10 })).total).toBe(0);
  });

  it('is computed once per register revision and parameters', async () => {
    const d = registerDb();
    const host = createInlineHost(d, defaultKnowledgeBase);
    const a = host.state(today);
    expect(host.state(today)).toBe(a);
    expect(host.state({ asOf: '2019-12-18' })).not.toBe(a);
    expect(host.state(today)).toBe(a);
    recipientStore.update(d.db, 'rcp-google', { notes: 'Gennemgået' }, undefined, AT);
    const b = host.state(today);
    expect(b).not.toBe(a);
    expect(b.revision).toBeGreaterThan(a.revision);
  });
});

describe('derived state on a worker thread', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const h of opened) await h.close();
  });

  it('answers exactly as in this thread, and sees what the main connection writes', async () => {
    const d = registerDb();
    const inline = createInlineHost(d, defaultKnowledgeBase);
    const worker = createWorkerHost({ file: d.file });
    opened.push(worker);
    const entities = [
      { type: 'activity' as const, id: 'act-course-orders' },
      { type: 'recipient' as const, id: 'rcp-google' },
    ];
    const page = { lang: 'da' as const, status: 'all' as const, offset: 0, limit: 50, q: 'google' };
    expect(await worker.status(today)).toEqual(await inline.status(today));
    expect(await worker.summaries(today, entities)).toEqual(await inline.summaries(today, entities));
    expect(await worker.page(today, page)).toEqual(await inline.page(today, page));
    expect(await worker.acknowledgements(today)).toEqual(await inline.acknowledgements(today));
    const before = await worker.status(today);
    acknowledgementStore.create(
      d.db,
      {
        ruleId: 'TR-PS-ACTIVE',
        entityType: 'transfer',
        entityId: 'trf-cookies-google',
        justification: 'Migrering aftalt',
        acknowledgedBy: null,
        acknowledgedOn: '2026-11-25',
        until: '2027-01-31',
        entityFingerprint: entityFingerprint(readRegister(d.db), 'transfer', 'trf-cookies-google'),
      },
      AT,
    );
    const after = await worker.status(today);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.openCounts.CRITICAL).toBe(before.openCounts.CRITICAL - 1);
    expect(after).toEqual(await inline.status(today));
  });
});

describe('an acknowledgement fingerprint from the entry alone', () => {
  it.each([
    ['the example register', buildExampleRegister],
    ['the kitchen-sink register', () => canonicaliseRegister(kitchenSinkRegister())],
    ['a realistic register', () => realisticRegister({ activities: 10 })],
  ])('equals the one from the whole register, for every entry of %s', (_, build) => {
    const d = registerDb(build());
    const whole = readRegister(d.db);
    const entries: (readonly [(typeof findingEntityTypes)[number], string])[] = [
      ...whole.activities.map((a) => ['activity', a.id] as const),
      ...whole.recipients.map((r) => ['recipient', r.id] as const),
      ...whole.transfers.map((t) => ['transfer', t.id] as const),
      ...whole.dpas.map((x) => ['dpa', x.id] as const),
      ...whole.processorActivities.map((p) => ['processorActivity', p.id] as const),
      ['organisation', 'org'] as const,
    ];
    expect(entries.length).toBeGreaterThan(10);
    for (const [type, id] of entries) {
      expect(entityFingerprint(readEntityScope(d.db, type, id), type, id), `${type}:${id}`).toBe(entityFingerprint(whole, type, id));
    }
  });
});
