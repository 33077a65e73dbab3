import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingSchema, findingsReportSchema } from '../../shared/schemas/findings';
import { evaluate } from './evaluate';
import { defaultKnowledgeBase } from './knowledge-base';
import { buildFindingsReport } from './report';
import { ruleIdsOf } from './testing/findings';
import { kitchenSinkRegister } from './testing/kitchen-sink';
import { registerBuilder } from './testing/register-builder';

describe('evaluate', () => {
  const register = kitchenSinkRegister();
  const findings = evaluate(register, { asOf: '2024-01-01' });

  it('returns findings that satisfy the shared Finding schema', () => {
    expect(findings.length).toBeGreaterThan(30);
    for (const f of findings) findingSchema.parse(f);
  });

  it('gives every finding a stable, unique id made of rule, entity type and entity id', () => {
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of findings) expect(f.id).toBe(`${f.ruleId}:${f.entity.type}:${f.entity.id}`);
    expect(evaluate(register, { asOf: '2024-01-01' })).toEqual(findings);
  });

  it('sorts the most severe first', () => {
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'];
    const ranks = findings.map((f) => order.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('marks every finding that rests on M, V2 or disputed data uncertain, with a note in both languages', () => {
    for (const f of findings) {
      if (f.verification !== 'V') expect(f.uncertain, f.id).toBe(true);
      if (f.uncertain) {
        expect(f.uncertaintyNote?.da, f.id).toMatch(/\S/);
        expect(f.uncertaintyNote?.en, f.id).toMatch(/\S/);
      }
    }
  });

  it('fills every placeholder (no "{" left in any text)', () => {
    for (const f of findings) for (const t of [f.message.da, f.message.en, f.fix.da, f.fix.en]) expect(t, f.id).not.toMatch(/\{\w+\}/);
  });

  it('leaves archived activities out and runs only HIST/GAP rules for ended entries', () => {
    expect(findings.filter((f) => f.activityId === 'a3')).toHaveLength(0);
    expect(ruleIdsOf(findings.filter((f) => f.activityId === 'a2'))).toEqual(['TR-SH-GAP']);
  });

  it('uses only legal events known on the check date', () => {
    for (const f of findings)
      if (f.legalEvent) expect(f.legalEvent.date <= '2024-01-01' || f.legalEvent.id === 'EV-SCCOLD-END', f.id).toBe(true);
    expect(evaluate(register, { asOf: '2015-01-01' }).filter((f) => f.ruleId.startsWith('TR-PS'))).toHaveLength(0);
  });

  it('finds nothing in a tidy register', () => {
    const b = registerBuilder();
    b.activity({ id: 'a' });
    const p = b.processor({ id: 'p', name: 'Hosting ApS' });
    b.transfer({ activityId: 'a', recipientId: p.id, mechanism: 'not_a_transfer', sccModule: null });
    expect(evaluate(b.build(), { asOf: '2026-11-25' })).toEqual([]);
  });

  it('refuses a check date that is not a calendar date', () => {
    expect(() => evaluate(register, { asOf: '2024-02-30' })).toThrow(/calendar date/);
  });

  it('wraps findings in a report with the knowledge-base version and counts', () => {
    const report = buildFindingsReport(findings, '2024-01-01', defaultKnowledgeBase());
    findingsReportSchema.parse(report);
    expect(report.kb.asOf).toBe('2026-11-25');
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(findings.length);
    expect(report.openCounts).toEqual(report.counts);
  });
});

describe('rule coverage', () => {
  it('has a test that names every rule of the knowledge base', () => {
    const dir = new URL('./rules/', import.meta.url);
    const tests = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => fs.readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const untested = [...defaultKnowledgeBase().rules.keys()].filter((id) => !tests.includes(`'${id}'`));
    expect(untested).toEqual([]);
  });
});
