import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function withText(fields: Partial<Pick<Activity, 'legalBasisText' | 'notes' | 'privacyNoticeText' | 'status' | 'processingJurisdiction'>>) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Personaleadministration', ...fields });
  return b.build();
}

describe('REF-PDL', () => {
  it('flags the Persondatalov and lists every match once per entry', () => {
    const r = withText({
      legalBasisText: 'Behandlingen sker efter persondatalovens § 6, stk. 1, nr. 7.',
      notes: 'Se også lov nr. 429 af 31. maj 2000 og PDL § 8.',
    });
    const findings = fired(r, 'REF-PDL', '2026-11-25');
    expect(findings).toHaveLength(1);
    expect(findings[0].matches?.map((m) => [m.field, m.text])).toEqual([
      ['legalBasisText', 'persondatalovens'],
      ['notes', 'lov nr. 429 af 31. maj 2000'],
      ['notes', 'PDL §'],
    ]);
    expect(findings[0].message.da).toContain('"persondatalovens" (retsgrundlag (fritekst))');
  });

  it('does not match "persondatalovgivning" (word boundary)', () => {
    expect(fired(withText({ notes: 'Vi følger persondatalovgivningen.' }), 'REF-PDL', '2026-11-25')).toHaveLength(0);
  });

  it('is suppressed for Greenland and for "for Grønland"', () => {
    expect(fired(withText({ notes: 'jf. persondataloven', processingJurisdiction: 'GL' }), 'REF-PDL', '2026-11-25')).toHaveLength(0);
    expect(fired(withText({ notes: 'Persondataloven for Grønland gælder.' }), 'REF-PDL', '2026-11-25')).toHaveLength(0);
  });

  it('is outdated only from 25 May 2018', () => {
    expect(firesOn(withText({ notes: 'jf. persondataloven' }), 'REF-PDL', ['2018-05-24', '2018-05-25', '2018-05-26'])).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('runs only for active entries, never on the structured mechanism', () => {
    expect(fired(withText({ notes: 'jf. persondataloven', status: 'ended' }), 'REF-PDL', '2026-11-25')).toHaveLength(0);
    expect(fired(withText({ notes: 'jf. persondataloven', status: 'planned' }), 'REF-PDL', '2026-11-25')).toHaveLength(0);
    const b = registerBuilder();
    b.activity({ id: 'a' });
    b.processor({ id: 'us', country: 'US' });
    b.transfer({ activityId: 'a', recipientId: 'us', mechanism: 'privacy_shield', startOn: '2018-01-01' });
    expect(fired(b.build(), 'REF-PRIVACYSHIELD', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-DIR9546', () => {
  it("flags the directive but not the GDPR's own title", () => {
    expect(fired(withText({ notes: 'Direktiv 95/46/EF finder anvendelse.' }), 'REF-DIR9546', '2026-11-25')).toHaveLength(1);
    expect(
      fired(withText({ notes: 'forordning (EU) 2016/679 om ophævelse af direktiv 95/46/EF' }), 'REF-DIR9546', '2026-11-25'),
    ).toHaveLength(0);
    expect(firesOn(withText({ notes: 'the Data Protection Directive' }), 'REF-DIR9546', ['2018-05-24', '2018-05-25'])).toEqual([
      false,
      true,
    ]);
  });
});

describe('REF-SAFEHARBOR and REF-PRIVACYSHIELD', () => {
  it('flag the invalidated schemes from their invalidation days', () => {
    expect(
      firesOn(withText({ notes: 'certificeret under Safe Harbour' }), 'REF-SAFEHARBOR', ['2015-10-05', '2015-10-06', '2015-10-07']),
    ).toEqual([false, true, true]);
    const ps = withText({ privacyNoticeText: 'MailChimp har tilsluttet sig EU US Privacy Shield.' });
    expect(firesOn(ps, 'REF-PRIVACYSHIELD', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
    expect(fired(withText({ notes: 'Datenschutzschild' }), 'REF-PRIVACYSHIELD', '2026-11-25')).toHaveLength(1);
    expect(fired(withText({ notes: 'Vi bruger 2021-standardkontraktbestemmelserne.' }), 'REF-PRIVACYSHIELD', '2026-11-25')).toHaveLength(0);
  });

  it("scans the organisation's privacy notice and DPA texts too", () => {
    const b = registerBuilder();
    b.organisation({ privacyNoticeText: 'Vores leverandører er Privacy Shield-certificerede.' });
    b.activity({ id: 'a' });
    const p = b.processor({ id: 'p' });
    b.dpa({ recipientId: p.id, text: 'Overførsel sker efter Safe Harbor.' });
    const r = b.build();
    expect(fired(r, 'REF-PRIVACYSHIELD', '2026-11-25')[0].entity.type).toBe('organisation');
    expect(fired(r, 'REF-SAFEHARBOR', '2026-11-25')[0].entity.type).toBe('dpa');
  });
});

describe('REF-SCCOLD', () => {
  it('flags old SCC references from 27 Sep 2021', () => {
    const r = withText({ notes: 'EU model clauses (2010/87/EU) er underskrevet.' });
    expect(firesOn(r, 'REF-SCCOLD', ['2021-09-26', '2021-09-27'])).toEqual([false, true]);
    expect(fired(r, 'REF-SCCOLD', '2026-11-25')[0].matches).toHaveLength(2);
    expect(fired(withText({ notes: 'Afgørelse (EU) 2021/914' }), 'REF-SCCOLD', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-DBL6-AGE13', () => {
  it('flags age 13 near a child context from 1 Jan 2024', () => {
    const r = withText({ privacyNoticeText: 'Børn under 13 år skal have forældrenes samtykke til informationssamfundstjenester.' });
    expect(firesOn(r, 'REF-DBL6-AGE13', ['2023-12-31', '2024-01-01', '2024-01-02'])).toEqual([false, true, true]);
    expect(fired(withText({ notes: 'Kurset varer 13 år.' }), 'REF-DBL6-AGE13', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-DBL13', () => {
  it('flags DBL § 13 from 1 Jan 2024', () => {
    const r = withText({ legalBasisText: 'Videregivelse sker efter databeskyttelseslovens § 13.' });
    expect(firesOn(r, 'REF-DBL13', ['2023-12-31', '2024-01-01'])).toEqual([false, true]);
    expect(fired(withText({ legalBasisText: 'databeskyttelseslovens § 11' }), 'REF-DBL13', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-MFL6', () => {
  /** An activity whose only citation sits in the legal-basis text; the context, if any, elsewhere in the entry. */
  function entry(patch: Parameters<ReturnType<typeof registerBuilder>['activity']>[0]) {
    const b = registerBuilder();
    b.activity({ id: 'a', ...patch });
    return b.build();
  }

  it('flags markedsføringslovens § 6 about e-mail marketing', () => {
    expect(
      fired(withText({ legalBasisText: 'Nyhedsbrev via e-mail efter markedsføringslovens § 6.' }), 'REF-MFL6', '2026-11-25'),
    ).toHaveLength(1);
    expect(fired(withText({ legalBasisText: 'e-mail efter markedsføringslovens § 6' }), 'REF-MFL6', '2026-11-25')[0].uncertain).toBe(true);
  });

  it('takes the e-mail context from the whole entry: its name, purposes and notes, not only the cited field', () => {
    // Nothing in the legal-basis text itself says e-mail; the entry does, in its name.
    const byName = entry({ name: 'Nyhedsbrev til kursister', legalBasisText: 'Samtykke, jf. markedsføringslovens § 6.' });
    expect(fired(byName, 'REF-MFL6', '2026-11-25')).toHaveLength(1);
    const byPurpose = entry({
      name: 'Kundekontakt',
      purposes: [{ description: 'Udsendelse af tilbud på sms til tidligere kunder', art6Basis: 'a', consentRecordRef: 'Samtykkelog' }],
      legalBasisText: 'markedsføringslovens § 6',
    });
    expect(fired(byPurpose, 'REF-MFL6', '2026-11-25')).toHaveLength(1);
    const byNotes = entry({
      name: 'Kundekontakt',
      legalBasisText: 'Vi følger markedsføringslovens § 6.',
      notes: `${'Listen vedligeholdes af marketingafdelingen. '.repeat(10)}Tilbud sendes som elektronisk post.`,
    });
    const [f] = fired(byNotes, 'REF-MFL6', '2026-11-25');
    expect(f.matches?.map((m) => m.field)).toEqual(['legalBasisText']);
  });

  it('stays quiet for the current § 6 (misleading omissions), even in an entry about newsletters', () => {
    const priceAds = entry({ name: 'Prisannoncer', legalBasisText: 'Annoncerne overholder markedsføringslovens § 6.' });
    expect(fired(priceAds, 'REF-MFL6', '2026-11-25')).toHaveLength(0);
    const newsletterCitingCurrent = entry({
      name: 'Nyhedsbrev',
      legalBasisText:
        'Samtykke efter markedsføringslovens § 10. Tilbuddene må ikke indeholde vildledende udeladelser, jf. markedsføringslovens § 6.',
    });
    expect(fired(newsletterCitingCurrent, 'REF-MFL6', '2026-11-25')).toHaveLength(0);
    expect(fired(withText({ legalBasisText: 'markedsføringslovens § 6 om vildledning' }), 'REF-MFL6', '2026-11-25')).toHaveLength(0);
  });

  it('runs from the entry into force of the new act (1 Jul 2017)', () => {
    const r = entry({ name: 'Nyhedsbrev', legalBasisText: 'markedsføringslovens § 6' });
    expect(firesOn(r, 'REF-MFL6', ['2017-06-30', '2017-07-01', '2017-07-02'])).toEqual([false, true, true]);
  });
});

describe('REF-ANMELDELSE', () => {
  it('flags notification to Datatilsynet, except for Greenland', () => {
    const r = withText({ notes: 'Behandlingen er anmeldt til Datatilsynet.' });
    expect(firesOn(r, 'REF-ANMELDELSE', ['2018-05-24', '2018-05-25'])).toEqual([false, true]);
    expect(
      fired(withText({ notes: 'anmeldt til Datatilsynet', processingJurisdiction: 'GL' }), 'REF-ANMELDELSE', '2026-11-25'),
    ).toHaveLength(0);
  });
});

describe('REF-BOGF-OLD', () => {
  it('flags the old bogføringslov paragraph from 1 Jul 2022', () => {
    const r = withText({ notes: 'Fakturaer gemmes efter bogføringslovens § 10.' });
    expect(firesOn(r, 'REF-BOGF-OLD', ['2022-06-30', '2022-07-01'])).toEqual([false, true]);
    expect(fired(withText({ notes: 'bogføringslovens § 12' }), 'REF-BOGF-OLD', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-UK-2025', () => {
  it('flags an old UK end date once the renewal of 19 Dec 2025 is known', () => {
    const r = withText({ notes: 'UK-afgørelsen udløber 27. juni 2025.' });
    expect(firesOn(r, 'REF-UK-2025', ['2025-12-18', '2025-12-19', '2025-12-20'])).toEqual([false, true, true]);
    expect(fired(r, 'REF-UK-2025', '2026-11-25')[0].fix.en).toContain('valid until 27 Dec 2031');
    expect(fired(withText({ notes: 'Kontrakten udløber 27. juni 2025.' }), 'REF-UK-2025', '2026-11-25')).toHaveLength(0);
  });
});

describe('REF-OMNIBUS-750', () => {
  it('flags a claimed 750-employee exemption once the proposal exists', () => {
    const r = withText({ notes: 'Vi er undtaget fra art. 30, da vi har under 750 ansatte.' });
    expect(firesOn(r, 'REF-OMNIBUS-750', ['2025-05-20', '2025-05-21'])).toEqual([false, true]);
    expect(fired(withText({ notes: 'Prisen er 750 kr.' }), 'REF-OMNIBUS-750', '2026-11-25')).toHaveLength(0);
  });
});
