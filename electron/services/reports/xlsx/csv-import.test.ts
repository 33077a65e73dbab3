import { describe, expect, it } from 'vitest';
import { buildExampleRegister } from '../../../../db/seed/example-register';
import type { Register } from '../../../shared/schemas/register';
import { exportCsv } from '../csv';
import { buildFixtureRegister } from '../testing/fixture';
import { applyImportToRegister, type NewIdKind } from './apply-import';
import { datatilsynetHeadings } from './datatilsynet-rows';
import { parseCsvImport } from './parse-csv-import';

function counterIds() {
  const counts = new Map<NewIdKind, number>();
  return (kind: NewIdKind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return `imp-${kind}-${n}`;
  };
}
const now = '2026-12-05T12:00:00Z';

function roundTrip(source: Register, target: Register, profile: 'ico' | 'datatilsynet', lang: 'da' | 'en', delimiter: ',' | ';' = ',') {
  const first = exportCsv(source, { profile, lang, delimiter });
  const parsed = parseCsvImport(first, `register.${profile}.csv`, target);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const applied = applyImportToRegister(target, parsed.activities, { newId: counterIds(), now });
  return { first, second: exportCsv(applied, { profile, lang, delimiter }), applied };
}

describe('CSV import in both layouts', () => {
  describe.each([
    ['ico', 'da'],
    ['ico', 'en'],
    ['datatilsynet', 'da'],
    ['datatilsynet', 'en'],
  ] as const)('%s layout (%s)', (profile, lang) => {
    it('reads back onto the same register without changing a cell', () => {
      const register = buildFixtureRegister();
      const { first, second, applied } = roundTrip(register, register, profile, lang);
      expect(second).toBe(first);
      expect(applied.activities.length).toBe(register.activities.length);
    });

    it('builds the activities in a register that has only the catalogues, matching every name', () => {
      const register = buildFixtureRegister();
      const cataloguesOnly: Register = { ...register, activities: [], transfers: [] };
      const { applied } = roundTrip(register, cataloguesOnly, profile, lang);
      const live = register.activities.filter((a) => a.archivedAt === null);
      expect(applied.activities.map((a) => a.name).sort()).toEqual(live.map((a) => a.name).sort());
      expect(applied.dataCategories.length).toBe(register.dataCategories.length);
      expect(applied.recipients.length).toBe(register.recipients.length);
      const kursus = applied.activities.find((a) => a.name === register.activities.find((x) => x.id === 'act-kursus')!.name)!;
      const original = register.activities.find((a) => a.id === 'act-kursus')!;
      expect(kursus.purposes.map((p) => [p.description, p.art6Basis, p.art9Condition])).toEqual(
        original.purposes.map((p) => [p.description, p.art6Basis, p.art9Condition]),
      );
      expect(kursus.dataCategories).toEqual(original.dataCategories);
      if (profile === 'datatilsynet') {
        // This layout holds the linkage and the owner, which the ICO template does not.
        const links = (list: typeof original.dataLinks) => list.map(({ id: _id, ...l }) => JSON.stringify(l)).sort();
        expect(links(kursus.dataLinks)).toEqual(links(original.dataLinks));
        expect(kursus.owner).toBe(original.owner);
      }
    });
  });

  it('reads the example register written with semicolons (Danish Excel) as well', () => {
    const register = buildExampleRegister();
    const { second, first } = roundTrip(register, register, 'datatilsynet', 'da', ';');
    expect(second).toBe(first);
  });

  it('names the file, line and column of every problem, and refuses a file in no known layout', () => {
    const register = buildFixtureRegister();
    const csv = exportCsv(register, { profile: 'datatilsynet', lang: 'da' }).replace('Aktiv', 'Halvfærdig');
    const bad = parseCsvImport(csv, 'fortegnelse.csv', register);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]).toMatchObject({ sheet: 'fortegnelse.csv', row: 2, column: 'C', key: 'xlsx.inColumn' });
    expect(bad.errors[0]!.message).toMatch(/"Halvfærdig" is not a status/);
    const unknown = parseCsvImport('Navn,Formål\nA,B\n', 'andet.csv', register);
    expect(unknown).toMatchObject({ ok: false, errors: [{ sheet: 'andet.csv', row: 1, key: 'xlsx.unknownLayout' }] });
    const unclosed = parseCsvImport(`${datatilsynetHeadings('da').join(',')}\n"Aktivitet,ref\n`, 'brudt.csv', register);
    expect(unclosed).toMatchObject({ ok: false, errors: [{ key: 'csv.unclosedQuote' }] });
  });
});
