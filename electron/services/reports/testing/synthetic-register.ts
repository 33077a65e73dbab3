import { blankOrganisation, blankPurpose } from '../../../shared/schemas/blank-entities';
import type { Activity, DataCategory, DataSubjectCategory, Recipient, Transfer } from '../../../shared/schemas/entities';
import { emptyRegister, type Register } from '../../../shared/schemas/register';
import { art6Bases, dataSensitivities, recipientRoles, transferMechanisms } from '../../../shared/vocab';
import { fixtureCatalogues } from './fixture';
import { baseActivity, baseTransfer } from './fixture-builders';

/**
 * A deterministic synthetic Danish register of any size, for benchmarks and stress tests: realistic
 * text lengths, about 3 purposes, 6 data categories, 4 recipients, 8 linkage rows and 5 transfers per
 * activity (DESIGN.md's "1,000 activities and 5,000 transfers"). Same size and seed, same register.
 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'behandling oplysninger kursister medarbejdere kunder formål aftale samtykke sletning opbevaring ' +
  'leverandør system adgang kryptering dokumentation rådgivning økonomi løn tilmelding undervisning ' +
  'bevis faktura nyhedsbrev markedsføring hjemmeside cookies analyse statistik sikkerhed kontrol ' +
  'ansøgning rekruttering kontrakt bogføring revision forsikring helbred særlige behov kørsel ' +
  'udlæg ferie sygdom fravær kompetencer evaluering tilfredshed henvendelse klage support'
).split(' ');

const stamp = '2026-01-01T00:00:00Z';

export function buildSyntheticRegister(activityCount: number, seed = 42): Register {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = (lo: number, hi: number) => {
    const n = int(lo, hi);
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const some = <T>(list: readonly T[], lo: number, hi: number): T[] => {
    const n = Math.min(list.length, int(lo, hi));
    const start = int(0, list.length - 1);
    return Array.from({ length: n }, (_, i) => list[(start + i * 7) % list.length]).filter((x, i, all) => all.indexOf(x) === i);
  };

  const dataCategories: DataCategory[] = Array.from({ length: 60 }, (_, i) => ({
    ...fixtureCatalogues.dataCategories[i % fixtureCatalogues.dataCategories.length],
    id: `dc-${String(i).padStart(3, '0')}`,
    name: `${sentence(2, 4).slice(0, -1)} (kategori ${i + 1})`,
    sensitivity: dataSensitivities[i % 7 === 0 ? 1 + (i % 3) : 0],
    specialKind: i % 7 === 0 && i % 3 === 0 ? 'health' : null,
  }));
  const subjects: DataSubjectCategory[] = Array.from({ length: 20 }, (_, i) => ({
    ...fixtureCatalogues.dataSubjectCategories[i % 4],
    id: `ds-${String(i).padStart(3, '0')}`,
    name: `Registrerede gruppe ${i + 1}: ${pick(WORDS)}`,
  }));
  const recipients: Recipient[] = Array.from({ length: 200 }, (_, i) => ({
    ...fixtureCatalogues.recipients[0],
    id: `rc-${String(i).padStart(3, '0')}`,
    name: `Leverandør ${i + 1} ${pick(['ApS', 'A/S', 'Inc.', 'Ltd', 'GmbH'])}`,
    role: recipientRoles[i % 5],
    country: pick(['DK', 'DK', 'SE', 'DE', 'US', 'GB', 'IN']),
    parentId: null,
    category: sentence(1, 3).slice(0, -1),
  }));
  const measures = fixtureCatalogues.securityMeasures;
  const systems = fixtureCatalogues.systems;

  const activities: Activity[] = [];
  const transfers: Transfer[] = [];
  for (let i = 0; i < activityCount; i++) {
    const id = `act-${String(i).padStart(6, '0')}`;
    const cats = some(dataCategories, 3, 8);
    const subs = some(subjects, 1, 4);
    const recs = some(recipients, 1, 6);
    activities.push(
      baseActivity(id, `Behandlingsaktivitet ${i + 1}: ${sentence(2, 5).slice(0, -1)}`, {
        reference: `BA-${String(i + 1).padStart(5, '0')}`,
        description: rnd() < 0.7 ? `${sentence(15, 40)} ${sentence(10, 30)}` : null,
        businessFunction: pick(['Kursus', 'Økonomi', 'HR', 'Salg', 'IT']),
        owner: rnd() < 0.8 ? `Afdelingsleder ${pick(WORDS)}` : null,
        status: pick(['active', 'active', 'active', 'planned', 'ended'] as const),
        securityDescription: rnd() < 0.8 ? sentence(15, 45) : null,
        retentionSummary: rnd() < 0.6 ? sentence(8, 25) : null,
        dataSources: rnd() < 0.5 ? sentence(4, 10) : null,
        purposes: Array.from({ length: int(1, 4) }, (_, p) => ({
          ...blankPurpose(`${id}-p${p}`, sentence(5, 18)),
          art6Basis: rnd() < 0.9 ? pick(art6Bases) : null,
          art9Condition: rnd() < 0.1 ? 'a' : null,
          cprGround: rnd() < 0.1 ? 'dbl11_2_1' : null,
          nationalProvision: rnd() < 0.2 ? 'Databeskyttelseslovens § 6' : null,
          legitimateInterest: rnd() < 0.2 ? sentence(5, 12) : null,
        })),
        dataCategories: cats.map((c) => ({
          dataCategoryId: c.id,
          retentionMonths: rnd() < 0.8 ? int(1, 120) : null,
          retentionText: rnd() < 0.4 ? sentence(3, 9) : null,
        })),
        dataSubjectIds: subs.map((s) => s.id),
        recipients: recs.map((r) => ({ recipientId: r.id, role: r.role, purpose: rnd() < 0.7 ? sentence(3, 10) : null })),
        dataLinks: Array.from({ length: int(4, 12) }, (_, l) => ({
          id: `${id}-l${l}`,
          dataCategoryId: pick(cats).id,
          subjectCategoryId: pick(subs).id,
          recipientId: rnd() < 0.8 ? pick(recs).id : null,
        })),
        securityMeasureIds: some(measures, 1, 4).map((m) => m.id),
        systemIds: some(systems, 0, 2).map((s) => s.id),
      }),
    );
    for (let k = 0; k < int(3, 7); k++) {
      const r = pick(recs);
      transfers.push(
        baseTransfer(`tr-${String(i).padStart(6, '0')}-${k}`, {
          activityId: id,
          recipientId: r.id,
          country: r.country === 'DK' ? 'US' : r.country,
          mechanism: pick(transferMechanisms.slice(1)),
          startOn: '2023-07-10',
          safeguardsText: rnd() < 0.5 ? sentence(5, 15) : null,
        }),
      );
    }
  }
  return {
    ...emptyRegister(),
    organisation: {
      ...blankOrganisation('Syntetisk Koncern A/S', stamp),
      registrationNumber: '87654321',
      address: 'Søndergade 1',
      postcode: '8000',
      city: 'Aarhus C',
      email: 'dpo@syntetisk.dk',
      employeeCount: 5000,
      dpoAppointed: true,
      dpoName: 'Åse Ødegård',
      dpoEmail: 'dpo@syntetisk.dk',
    },
    dataCategories,
    dataSubjectCategories: subjects,
    securityMeasures: measures,
    systems,
    recipients,
    activities,
    transfers,
  };
}
