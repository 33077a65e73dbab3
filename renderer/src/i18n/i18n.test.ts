import { describe, expect, it } from 'vitest';
import * as vocab from '../../../electron/shared/vocab';
import da from './da.json';
import en from './en.json';
import vocabDa from './vocab.da.json';
import vocabEn from './vocab.en.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

// Every closed vocabulary of the register and the label group that names its values in the UI.
const groups: [keyof typeof vocabDa, readonly (string | number)[]][] = [
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
];

describe('translations', () => {
  it('has the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
    expect(keys(vocabEn).sort()).toEqual(keys(vocabDa).sort());
  });

  it('labels every value of every vocabulary in both languages, and nothing else', () => {
    for (const [group, values] of groups) {
      for (const labels of [vocabDa, vocabEn]) {
        expect(Object.keys(labels[group]).sort(), group).toEqual(values.map(String).sort());
        for (const label of Object.values(labels[group])) expect(label.trim().length, group).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(vocabDa).sort()).toEqual(groups.map(([g]) => g).sort());
  });

  it('uses the official short labels for the Art 6(1) bases', () => {
    expect(vocabDa.art6).toEqual({
      a: 'a) Samtykke',
      b: 'b) Kontrakt',
      c: 'c) Retlig forpligtelse',
      d: 'd) Vitale interesser',
      e: 'e) Opgave i samfundets interesse',
      f: 'f) Legitim interesse',
    });
    expect(Object.values(vocabEn.art6)).toEqual([
      'a) Consent',
      'b) Contract',
      'c) Legal obligation',
      'd) Vital interests',
      'e) Public task',
      'f) Legitimate interests',
    ]);
  });
});
