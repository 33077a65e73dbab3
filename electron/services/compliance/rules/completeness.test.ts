import { describe, expect, it } from 'vitest';
import { fired, firesOn } from '../testing/findings';
import { type ActivityInput, registerBuilder } from '../testing/register-builder';

function one(patch: ActivityInput = {}) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Kursustilmelding', ...patch });
  return b;
}

describe('A30-1A', () => {
  it('fires when the controller has no contact details or the DPO has none', () => {
    const b = one();
    b.organisation({ email: null, address: null, phone: null, dpoAppointed: true });
    const [f] = fired(b.build(), 'A30-1A', '2026-11-25');
    expect(f.entity.type).toBe('organisation');
    expect(f.message.en).toContain("the controller's contact details and the data protection officer's contact details");
    expect(firesOn(b.build(), 'A30-1A', ['2018-05-24', '2018-05-25'])).toEqual([false, true]);
  });

  it('fires for a joint-controller arrangement without a named joint controller', () => {
    const [f] = fired(one({ jointControllerArrangement: 'Aftale om fælles dataansvar' }).build(), 'A30-1A', '2026-11-25');
    expect(f.entity.type).toBe('activity');
  });

  it('is quiet for a complete organisation', () => {
    expect(fired(one().build(), 'A30-1A', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-1B and A30-1C', () => {
  it('flag missing purposes and categories', () => {
    expect(fired(one({ purposes: [] }).build(), 'A30-1B', '2026-11-25')).toHaveLength(1);
    const [c] = fired(one({ dataSubjectIds: [], dataCategories: [], dataLinks: [] }).build(), 'A30-1C', '2026-11-25');
    expect(c.message.da).toContain('kategorier af registrerede og kategorier af personoplysninger');
    expect(fired(one().build(), 'A30-1B', '2026-11-25')).toHaveLength(0);
    expect(fired(one().build(), 'A30-1C', '2026-11-25')).toHaveLength(0);
  });

  it('do not run for ended entries', () => {
    expect(fired(one({ status: 'ended', purposes: [] }).build(), 'A30-1B', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-1D', () => {
  it('flags recipients without a category', () => {
    const b = one({ recipients: [{ recipientId: 'r', role: 'processor', purpose: null }] });
    b.processor({ id: 'r', name: 'Hosting ApS', category: null });
    expect(fired(b.build(), 'A30-1D', '2026-11-25')[0].message.en).toContain('Hosting ApS have no recipient category');
  });

  it('is quiet when transferred-to recipients are listed with categories', () => {
    const b = one();
    b.processor({ id: 'r' });
    b.transfer({ activityId: 'a', recipientId: 'r', mechanism: 'not_a_transfer' });
    expect(fired(b.build(), 'A30-1D', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-1E', () => {
  it('flags a used recipient without a country, once', () => {
    const b = one({ recipients: [{ recipientId: 'r', role: 'processor', purpose: null }] });
    b.processor({ id: 'r', name: 'Ukendt leverandør', country: null });
    const findings = fired(b.build(), 'A30-1E', '2026-11-25');
    expect(findings).toHaveLength(1);
    expect(findings[0].entity).toMatchObject({ type: 'recipient', id: 'r' });
  });

  it('is quiet when a transfer records the country, or the recipient is unused', () => {
    const b = one();
    b.processor({ id: 'r', country: null });
    b.transfer({ activityId: 'a', recipientId: 'r', country: 'US' });
    b.recipient({ id: 'unused', country: null });
    expect(fired(b.build(), 'A30-1E', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-1F and A30-1G', () => {
  it('flag missing erasure limits and security description (INFO)', () => {
    const f = fired(
      one({ dataCategories: [{ dataCategoryId: 'cat-contact', retentionMonths: null, retentionText: null }] }).build(),
      'A30-1F',
      '2026-11-25',
    );
    expect(f[0].severity).toBe('INFO');
    expect(f[0].message.en).toContain('Kontaktoplysninger');
    expect(fired(one({ securityDescription: null }).build(), 'A30-1G', '2026-11-25')).toHaveLength(1);
  });

  it('accept a retention summary or linked security measures', () => {
    const noLimit = { dataCategories: [{ dataCategoryId: 'cat-contact', retentionMonths: null, retentionText: null }] };
    expect(fired(one({ ...noLimit, retentionSummary: 'Slettes 3 år efter sidste kursus.' }).build(), 'A30-1F', '2026-11-25')).toHaveLength(
      0,
    );
    const b = one({ securityDescription: null, securityMeasureIds: ['m1'] });
    b.securityMeasure({ id: 'm1', name: 'Kryptering' });
    expect(fired(b.build(), 'A30-1G', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-LINK', () => {
  it('fires from the Datatilsynet guidance of 10 Aug 2020 when links are missing', () => {
    const b = one({ dataLinks: [], recipients: [{ recipientId: 'r', role: 'processor', purpose: null }] });
    b.processor({ id: 'r', name: 'Mailudbyder' });
    const r = b.build();
    expect(firesOn(r, 'A30-LINK', ['2020-08-09', '2020-08-10', '2020-08-11'])).toEqual([false, true, true]);
    const [f] = fired(r, 'A30-LINK', '2026-11-25');
    expect(f.message.en).toContain('data categories without data subjects: Kontaktoplysninger');
    expect(f.message.en).toContain('recipients without data: Mailudbyder');
  });

  it('is quiet when every category and recipient is linked', () => {
    expect(fired(one().build(), 'A30-LINK', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-2', () => {
  it('fires when the organisation acts as processor without a processor record', () => {
    const b = one();
    b.organisation({ actsAsProcessor: true });
    expect(fired(b.build(), 'A30-2', '2026-11-25')[0].entity.type).toBe('organisation');
  });

  it('lists the missing items of a processor record, (c)-(d) being M', () => {
    const b = one();
    b.organisation({ actsAsProcessor: true });
    b.processorActivity({ id: 'pa', controllerContact: null, thirdCountries: ['US'], securityDescription: null });
    const [f] = fired(b.build(), 'A30-2', '2026-11-25');
    expect(f.message.en).toContain("(a) the controller's contact details");
    expect(f.verification).toBe('M');
    const complete = one();
    complete.organisation({ actsAsProcessor: true });
    complete.processorActivity({});
    expect(fired(complete.build(), 'A30-2', '2026-11-25')).toHaveLength(0);
  });
});

describe('A30-5-MISUSE', () => {
  it('fires when an exempt entry is not occasional, sensitive, risky or the organisation is too big', () => {
    const [f] = fired(one({ art30_5Exempt: true, occasional: false }).build(), 'A30-5-MISUSE', '2026-11-25');
    expect(f.message.en).toContain('the processing is not occasional');
    const big = one({ art30_5Exempt: true, occasional: true });
    big.organisation({ employeeCount: 300 });
    expect(fired(big.build(), 'A30-5-MISUSE', '2026-11-25')[0].message.da).toContain('beskæftiger 300 personer');
  });

  it('is quiet for an occasional, low-risk, ordinary exempt entry in a small organisation', () => {
    expect(fired(one({ art30_5Exempt: true, occasional: true }).build(), 'A30-5-MISUSE', '2026-11-25')).toHaveLength(0);
  });
});
