import { describe, expect, it } from 'vitest';
import type { Activity, DataCategory } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { type ActivityInput, registerBuilder } from '../testing/register-builder';

function withActivity(patch: ActivityInput, categories: (Partial<DataCategory> & { id: string })[] = []) {
  const b = registerBuilder();
  for (const c of categories) b.dataCategory(c);
  b.activity({ id: 'a', name: 'Kursusevaluering', ...patch });
  return b.build();
}

const GDPR_DAYS = ['2018-05-24', '2018-05-25', '2018-05-26'];

describe('LB-LIA-MISSING', () => {
  const li = withActivity({
    purposes: [
      { description: 'Opfølgning på kursusdeltagelse', art6Basis: 'f', legitimateInterest: 'Forbedring af kurser' },
      { description: 'Fakturering', art6Basis: 'b' },
    ],
  });

  it('fires from the day the GDPR applies, not the day before', () => {
    expect(firesOn(li, 'LB-LIA-MISSING', GDPR_DAYS)).toEqual([false, true, true]);
  });

  it('names the purposes without a balancing test, with its sources and a V2 note', () => {
    const [f] = fired(li, 'LB-LIA-MISSING', '2026-11-25');
    expect(f.severity).toBe('MEDIUM');
    expect(f.message.en).toContain('"Opfølgning på kursusdeltagelse"');
    expect(f.message.en).not.toContain('Fakturering');
    expect(f.message.da).toContain('interesseafvejning');
    expect(f.sources.map((s) => s.id)).toEqual(['S53', 'S43', 'S78']);
    expect(f.verification).toBe('V2');
    expect(f.uncertain).toBe(true);
    expect(f.uncertaintyNote?.en).toMatch(/Guidelines 1\/2024/);
    expect(f.entity).toMatchObject({ type: 'activity', id: 'a' });
  });

  it('is quiet once the assessment is referenced, and counts the DBL § 8, stk. 3 interest ground too', () => {
    const documented = withActivity({ purposes: [{ art6Basis: 'f', legitimateInterestAssessmentRef: 'LIA 2025-03, SharePoint' }] });
    expect(fired(documented, 'LB-LIA-MISSING', '2026-11-25')).toHaveLength(0);
    const blankRef = withActivity({ purposes: [{ art6Basis: 'f', legitimateInterestAssessmentRef: '   ' }] });
    expect(fired(blankRef, 'LB-LIA-MISSING', '2026-11-25')).toHaveLength(1);
    const criminal = withActivity({ purposes: [{ art6Basis: 'c', art10Ground: 'dbl8_3_interest' }] });
    expect(fired(criminal, 'LB-LIA-MISSING', '2026-11-25')).toHaveLength(1);
  });

  it('does not run for ended entries', () => {
    expect(fired(withActivity({ status: 'ended', purposes: [{ art6Basis: 'f' }] }), 'LB-LIA-MISSING', '2026-11-25')).toHaveLength(0);
  });
});

describe('LB-CONSENT-RECORD', () => {
  const consent = withActivity({ name: 'Nyhedsbrev', purposes: [{ description: 'Nyhedsbrev om nye kurser', art6Basis: 'a' }] });

  it('fires from the day the GDPR applies, not the day before', () => {
    expect(firesOn(consent, 'LB-CONSENT-RECORD', GDPR_DAYS)).toEqual([false, true, true]);
  });

  it('says what is missing and how to withdraw, citing Art 7', () => {
    const [f] = fired(consent, 'LB-CONSENT-RECORD', '2026-11-25');
    expect(f.severity).toBe('MEDIUM');
    expect(f.message.en).toContain('"Nyhedsbrev om nye kurser"');
    expect(f.fix.en).toContain('Art 7(3)');
    expect(f.fix.da).toContain('art. 7, stk. 3');
    expect(f.sources.map((s) => s.id)).toContain('S77');
    expect(f.verification).toBe('V');
  });

  it('covers explicit consent (Art 9), express consent (DBL § 8) and CPR consent (DBL § 11), and is quiet with a record', () => {
    for (const purpose of [
      { art6Basis: 'b' as const, art9Condition: 'a' as const },
      { art6Basis: 'c' as const, art10Ground: 'dbl8_3_consent' as const },
      { art6Basis: 'b' as const, cprGround: 'dbl11_2_2' as const },
    ]) {
      expect(fired(withActivity({ purposes: [purpose] }), 'LB-CONSENT-RECORD', '2026-11-25'), JSON.stringify(purpose)).toHaveLength(1);
    }
    const recorded = withActivity({ purposes: [{ art6Basis: 'a', consentRecordRef: 'Samtykkelog i CRM; afmelding via link' }] });
    expect(fired(recorded, 'LB-CONSENT-RECORD', '2026-11-25')).toHaveLength(0);
  });
});

describe('DPIA-LIST-MISSING', () => {
  const LIST_DAYS = ['2019-01-27', '2019-01-28', '2019-01-29'];
  const automated = withActivity({ name: 'Automatisk optagelse', automatedDecisionMaking: true, dpiaStatus: 'not_assessed' });

  it('fires from the day Datatilsynet published its list (28 Jan 2019), not the day before', () => {
    expect(firesOn(automated, 'DPIA-LIST-MISSING', LIST_DAYS)).toEqual([false, true, true]);
  });

  it('names the list item, is HIGH and uncertain (the list items are V2)', () => {
    const [f] = fired(automated, 'DPIA-LIST-MISSING', '2026-11-25');
    expect(f.severity).toBe('HIGH');
    expect(f.message.en).toContain('automated decisions on access to a product, service or benefit');
    expect(f.verification).toBe('V2');
    expect(f.uncertain).toBe(true);
    expect(f.legalEvent).toMatchObject({ id: 'EV-DT-DPIA-LIST', date: '2019-01-28' });
  });

  it('is quiet once the DPIA is completed, and says so when the entry claims none is required or it is in progress', () => {
    const status = (dpiaStatus: Activity['dpiaStatus']) =>
      fired(withActivity({ automatedDecisionMaking: true, dpiaStatus }), 'DPIA-LIST-MISSING', '2026-11-25');
    expect(status('completed')).toHaveLength(0);
    expect(status('not_required')[0].message.en).toContain('recorded as not requiring one');
    expect(status('in_progress')[0].message.en).toContain('in progress');
    expect(status('required')[0].message.en).toContain('no completed DPIA');
  });

  it('counts biometric data only together with another criterion the register shows', () => {
    const biometric = [{ id: 'bio', name: 'Fingeraftryk', sensitivity: 'special' as const, specialKind: 'biometric' as const }];
    const alone = withActivity({ dataCategories: [{ dataCategoryId: 'bio', retentionMonths: 12, retentionText: null }] }, biometric);
    expect(fired(alone, 'DPIA-LIST-MISSING', '2026-11-25')).toHaveLength(0);
    const withRisk = withActivity(
      { likelyRisk: true, dataCategories: [{ dataCategoryId: 'bio', retentionMonths: 12, retentionText: null }] },
      biometric,
    );
    const [f] = fired(withRisk, 'DPIA-LIST-MISSING', '2026-11-25');
    expect(f.message.en).toContain('biometric data to identify a person, together with an assessed likely risk');
  });

  it('reads vulnerable data subjects (employees) as the other criterion for genetic data', () => {
    const b = registerBuilder();
    b.dataCategory({ id: 'gen', name: 'Gentest', sensitivity: 'special', specialKind: 'genetic' });
    b.activity({ id: 'a', dataCategories: [{ dataCategoryId: 'gen', retentionMonths: 12, retentionText: null }] });
    const doc = b.build();
    expect(fired(doc, 'DPIA-LIST-MISSING', '2026-11-25')).toHaveLength(0);
    doc.dataSubjectCategories.push({ ...doc.dataSubjectCategories[0], id: 'staff', name: 'Ansatte', kind: 'employee' });
    doc.activities[0].dataSubjectIds.push('staff');
    const [f] = fired(doc, 'DPIA-LIST-MISSING', '2026-11-25');
    expect(f.message.en).toContain('genetic data, together with vulnerable data subjects');
  });
});
