import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerCounts } from '../../../db/queries/register-import';
import { vocabLabels } from '../../services/reports/labels/vocab-labels';
import { auditEntityKey } from '../audit-entities';
import * as entities from '../schemas/entities';
import { findingEntityTypes } from '../schemas/findings';
import * as inputs from '../schemas/inputs';
import { emptyRegister, registerSchema } from '../schemas/register';
import * as vocab from '../vocab';
import appDa from './da/app.json';
import messagesDa from './da/messages.json';
import reportDa from './da/report.json';
import vocabDa from './da/vocab.json';
import appEn from './en/app.json';
import messagesEn from './en/messages.json';
import reportEn from './en/report.json';
import vocabEn from './en/vocab.json';
import { translator } from './translate';
import { type VocabGroup, vocabLabel } from './vocab-labels';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function strings(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (v && typeof v === 'object' ? strings(v) : [String(v)]));
}

// Every closed vocabulary of the register and the catalogue group that labels its values.
const groups: [VocabGroup, readonly (string | number)[]][] = [
  ['activityStatus', vocab.activityStatuses],
  ['art6', vocab.art6Bases],
  ['art9', vocab.art9Conditions],
  ['art10', vocab.art10Grounds],
  ['cpr', vocab.cprGrounds],
  ['sensitivity', vocab.dataSensitivities],
  ['specialKind', vocab.specialKinds],
  ['retentionClass', vocab.retentionClasses],
  ['subjectKind', vocab.subjectKinds],
  ['recipientRole', vocab.recipientRoles],
  ['recipientSector', vocab.recipientSectors],
  ['toolTag', vocab.toolTags],
  ['mechanism', vocab.transferMechanisms],
  ['sccModule', vocab.sccModules],
  ['partyRole', vocab.partyRoles],
  ['frequency', vocab.transferFrequencies],
  ['dpiaStatus', vocab.dpiaStatuses],
  ['securityKind', vocab.securityMeasureKinds],
  ['controllerType', vocab.controllerTypes],
  ['art28', vocab.art28Items],
  ['auditAction', vocab.auditActions],
  ['language', vocab.languages],
  ['severity', vocab.severities],
];

/** Every key of every object schema in a module, walked through wrappers, arrays and pipes. */
function schemaKeys(modules: object[]): Set<string> {
  const found = new Set<string>();
  const walk = (s: unknown) => {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return;
    if (def.type === 'object') {
      for (const [k, v] of Object.entries(def.shape as object)) {
        found.add(k);
        walk(v);
      }
    }
    for (const inner of ['innerType', 'element', 'in', 'out', 'schema']) if (def[inner]) walk(def[inner]);
    if (Array.isArray(def.options)) def.options.forEach(walk);
  };
  for (const m of modules) for (const v of Object.values(m)) if (v instanceof z.ZodType) walk(v);
  return found;
}

describe('the catalogue', () => {
  it('has the same keys in Danish and English, file by file, and no empty text', () => {
    for (const [da, en] of [
      [appDa, appEn],
      [vocabDa, vocabEn],
      [reportDa, reportEn],
      [messagesDa, messagesEn],
    ] as const) {
      expect(keys(en).sort()).toEqual(keys(da).sort());
      for (const text of [...strings(da), ...strings(en)]) expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it('labels every value of every vocabulary in both languages, and nothing else', () => {
    for (const [group, values] of groups) {
      for (const labels of [vocabDa, vocabEn]) {
        expect(Object.keys(labels[group]).sort(), group).toEqual(values.map(String).sort());
      }
    }
    expect(
      Object.keys(vocabDa)
        .filter((g) => g !== 'format')
        .sort(),
    ).toEqual(groups.map(([g]) => g).sort());
  });

  it('gives the app and the reports the same label for every value (no second table can creep back)', () => {
    for (const lang of vocab.languages) {
      const t = translator(lang);
      const report = vocabLabels(lang);
      for (const s of vocab.activityStatuses) expect(report.status(s)).toBe(vocabLabel(t, 'activityStatus', s));
      for (const m of vocab.transferMechanisms) expect(report.mechanism(m)).toBe(vocabLabel(t, 'mechanism', m));
      for (const r of vocab.recipientRoles) expect(report.role(r)).toBe(vocabLabel(t, 'recipientRole', r));
      for (const s of vocab.dataSensitivities) expect(report.sensitivity(s)).toBe(vocabLabel(t, 'sensitivity', s));
      for (const k of vocab.specialKinds) expect(report.specialKind(k)).toBe(vocabLabel(t, 'specialKind', k));
      for (const s of vocab.dpiaStatuses) expect(report.dpia(s)).toBe(vocabLabel(t, 'dpiaStatus', s));
      for (const k of vocab.securityMeasureKinds) expect(report.measureKind(k)).toBe(vocabLabel(t, 'securityKind', k));
      for (const s of vocab.severities) expect(report.severity(s)).toBe(vocabLabel(t, 'severity', s));
      for (const g of vocab.art10Grounds) expect(report.art10(g)).toBe(vocabLabel(t, 'art10', g));
      for (const g of vocab.cprGrounds) expect(report.cpr(g)).toBe(vocabLabel(t, 'cpr', g));
      // Art 6 and 9: the report cites the article in full, the app lists the letter; both carry the same label.
      for (const b of vocab.art6Bases) expect(report.art6(b)).toContain(t(`vocab.art6.${b}`));
      for (const c of vocab.art9Conditions) expect(report.art9(c)).toContain(t(`vocab.art9.${c}`));
    }
    expect(vocabLabel(translator('da'), 'activityStatus', 'ended')).toBe('Afsluttet');
    expect(vocabLabel(translator('da'), 'art6', 'a')).toBe('a) Samtykke');
    expect(vocabLabels('da').art6('a')).toBe('Art. 6, stk. 1, litra a – Samtykke');
    expect(vocabLabels('en').art6('f')).toBe('Art 6(1)(f) – Legitimate interests');
  });

  it('names every field of every schema, so an error can say which field it is about', () => {
    const fields = schemaKeys([entities, inputs, { registerSchema }]);
    for (const lang of vocab.languages) {
      const missing = [...fields].filter((f) => !(f in (lang === 'da' ? messagesDa : messagesEn).field));
      expect(missing, lang).toEqual([]);
    }
  });

  it('has the words for every key the code builds from a value', () => {
    for (const lang of vocab.languages) {
      const t = translator(lang);
      const has = (key: string) => expect(t(key as never), key).not.toBe(key);
      for (const e of findingEntityTypes) has(`entity.${e}`);
      for (const name of ['activity', 'recipient', 'DPA', 'transfer', 'data category', 'processor-record entry', 'dpf_snapshot']) {
        has(`entity.${auditEntityKey(name)}`);
      }
      for (const k of Object.keys(registerCounts(emptyRegister()))) has(`reports.import.counts.${k}_other`);
      has('country.unknown');
    }
  });

  it('resolves the words a message borrows from other keys', () => {
    const text = translator('da')('xlsx.notStatus', { value: 'Ophørt' });
    expect(text).toBe('"Ophørt" er ikke en status (Planlagt, Aktiv, Afsluttet)');
    expect(translator('en')('xlsx.notStatus', { value: 'x' })).not.toContain('$t(');
  });
});
