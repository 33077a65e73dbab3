import { describe, expect, it } from 'vitest';
import type { RetentionClass } from '../../../shared/vocab';
import { fired } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function keeping(retentionClass: RetentionClass, retentionMonths: number | null, retentionText: string | null = null) {
  const b = registerBuilder();
  b.dataCategory({ id: 'c', name: 'Kategori', retentionClass });
  b.activity({
    id: 'a',
    name: 'Aktivitet',
    dataCategories: [{ dataCategoryId: 'c', retentionMonths, retentionText }],
    dataLinks: [{ id: 'l', dataCategoryId: 'c', subjectCategoryId: 'subj-customers', recipientId: null }],
  });
  return b.build();
}

describe('RET-BOOK-SHORT', () => {
  it('fires below 60 months for accounting material', () => {
    expect([59, 60, 61].map((m) => fired(keeping('accounting', m), 'RET-BOOK-SHORT', '2026-11-25').length)).toEqual([1, 0, 0]);
    expect(fired(keeping('accounting', 12), 'RET-BOOK-SHORT', '2026-11-25')[0].severity).toBe('HIGH');
    expect(fired(keeping('accounting', null, 'Opbevares i 3 år'), 'RET-BOOK-SHORT', '2026-11-25')).toHaveLength(1);
    expect(fired(keeping('customer', 12), 'RET-BOOK-SHORT', '2026-11-25')).toHaveLength(0);
  });
});

describe('RET-APPLICANT-LONG', () => {
  it('fires above 36 months for rejected applicants', () => {
    expect([35, 36, 37].map((m) => fired(keeping('applicant', m), 'RET-APPLICANT-LONG', '2026-11-25').length)).toEqual([0, 0, 1]);
  });
});

describe('RET-CCTV-LONG', () => {
  it('fires above 30 days unless a § 4 c, stk. 5 exception is recorded', () => {
    expect(fired(keeping('cctv', null, 'Slettes efter 30 dage'), 'RET-CCTV-LONG', '2026-11-25')).toHaveLength(0);
    expect(fired(keeping('cctv', null, 'Slettes efter 31 dage'), 'RET-CCTV-LONG', '2026-11-25')).toHaveLength(1);
    expect(fired(keeping('cctv', 2), 'RET-CCTV-LONG', '2026-11-25')).toHaveLength(1);
    expect(fired(keeping('cctv', 1), 'RET-CCTV-LONG', '2026-11-25')).toHaveLength(0);
    expect(fired(keeping('cctv', null, '90 dage ved konkret tvist, jf. § 4 c, stk. 5'), 'RET-CCTV-LONG', '2026-11-25')).toHaveLength(0);
  });
});

describe('RET-INDEFINITE', () => {
  it('fires for indefinite or empty retention of customer and course-participant data', () => {
    expect(fired(keeping('customer', null, 'Opbevares ubegrænset'), 'RET-INDEFINITE', '2026-11-25')).toHaveLength(1);
    expect(fired(keeping('course_participant', null, null), 'RET-INDEFINITE', '2026-11-25')).toHaveLength(1);
    expect(fired(keeping('customer', null, 'permanent'), 'RET-INDEFINITE', '2026-11-25')[0].uncertain).toBe(true);
  });

  it('is quiet for a concrete period or another class', () => {
    expect(fired(keeping('customer', 36), 'RET-INDEFINITE', '2026-11-25')).toHaveLength(0);
    expect(fired(keeping('marketing', null, 'ubegrænset'), 'RET-INDEFINITE', '2026-11-25')).toHaveLength(0);
  });
});
