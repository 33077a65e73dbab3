import { afterEach, describe, expect, it } from 'vitest';
import { allChannels, shellAreas } from '../shared/contract';
import { fieldLabel } from '../shared/i18n/field-labels';
import { renderMessage } from '../shared/i18n/message';
import { translator } from '../shared/i18n/translate';
import type { Activity } from '../shared/schemas/entities';
import type { ActivityDetail, ActivitySummary } from '../shared/schemas/outputs';
import { handlers } from './api';
import { createTestApi } from './testing';

let api: ReturnType<typeof createTestApi>;
afterEach(() => api?.dispose());

describe('the handler table', () => {
  it('implements every channel of the contract', () => {
    for (const { area, verb } of allChannels().filter((c) => !(shellAreas as readonly string[]).includes(c.area))) {
      expect(typeof (handlers as unknown as Record<string, Record<string, unknown>>)[area]?.[verb], `${area}:${verb}`).toBe('function');
    }
  });

  it('answers bad payloads with a VALIDATION error in words, never a crash', async () => {
    api = createTestApi();
    const payloads = [
      undefined,
      null,
      42,
      'x',
      [],
      { id: 5 },
      { name: '' },
      { name: 'x'.repeat(10_000) },
      { changes: { status: 'bogus' } },
    ];
    for (const { name } of allChannels()) {
      for (const p of payloads) {
        const result = await api.call(name, p);
        if (!result.ok) {
          expect(result.error.code).toMatch(/VALIDATION|NOT_FOUND|CONFLICT|INTEGRITY/);
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }
    }
    expect((await api.call('nope:nothing', {})).ok).toBe(false);
  });

  it('names the field that is wrong', async () => {
    api = createTestApi();
    const result = await api.call('activities:create', { name: '   ' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details?.[0]).toMatchObject({ path: 'name', key: 'validation.required', message: 'Required' });
      // The front ends word it in the user's language and name the field from the catalogue.
      const da = translator('da');
      const d = result.error.details![0]!;
      expect(`${fieldLabel(da, d.path)}: ${renderMessage(da, d)}`).toBe('Navn: Skal udfyldes');
      expect(renderMessage(da, result.error)).toBe('Oplysningerne er ikke gyldige.');
    }
  });
});

describe('activities', () => {
  it('creates, lists with a case-insensitive Danish search, and updates with an audit row', async () => {
    api = createTestApi();
    const created = await api.ok<Activity>('activities:create', {
      name: 'Løn og personale',
      purposes: [
        {
          description: 'Lønudbetaling',
          art6Basis: 'c',
          art9Condition: null,
          art10Ground: null,
          cprGround: 'dbl11_2_1',
          nationalProvision: null,
          legitimateInterest: null,
          legitimateInterestAssessmentRef: null,
          consentRecordRef: null,
        },
      ],
    });
    await api.ok('activities:create', { name: 'Nyhedsbreve' });
    const found = await api.ok<{ items: ActivitySummary[]; total: number }>('activities:list', { search: 'LØN' });
    expect(found.total).toBe(1);
    expect(found.items[0]?.name).toBe('Løn og personale');
    expect(found.items[0]?.purposeCount).toBe(1);

    const updated = await api.ok<Activity>('activities:update', {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      changes: { owner: 'HR-chef' },
    });
    expect(updated.owner).toBe('HR-chef');
    expect(updated.purposes).toHaveLength(1);

    const audit = await api.ok<{ action: string; entityId: string }[]>('audit:list', { entity: 'activity', entityId: created.id });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('refuses a stale edit with CONFLICT and keeps the newer version', async () => {
    let tick = Date.parse('2026-11-25T10:00:00.000Z');
    const advancingClock = () => {
      tick += 1000;
      return new Date(tick);
    };
    api = createTestApi(advancingClock);
    const a = await api.ok<Activity>('activities:create', { name: 'Kursusbestilling' });
    await api.ok('activities:update', { id: a.id, expectedUpdatedAt: a.updatedAt, changes: { owner: 'Første' } });
    const second = await api.call('activities:update', { id: a.id, expectedUpdatedAt: a.updatedAt, changes: { owner: 'Anden' } });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('CONFLICT');
    const detail = await api.ok<ActivityDetail>('activities:get', { id: a.id });
    expect(detail.activity.owner).toBe('Første');
  });

  it('rolls back the whole save when a relation is invalid', async () => {
    api = createTestApi();
    const a = await api.ok<Activity>('activities:create', { name: 'Kontaktformular' });
    const bad = await api.call('activities:update', { id: a.id, changes: { owner: 'X', dataSubjectIds: ['does-not-exist'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('INTEGRITY');
    const detail = await api.ok<ActivityDetail>('activities:get', { id: a.id });
    expect(detail.activity.owner).toBeNull();
  });

  it('archives and restores, hiding archived entries from the default list', async () => {
    api = createTestApi();
    const a = await api.ok<Activity>('activities:create', { name: 'Gammel aktivitet' });
    await api.ok('activities:archive', { id: a.id });
    expect((await api.ok<{ total: number }>('activities:list', {})).total).toBe(0);
    expect((await api.ok<{ total: number }>('activities:list', { includeArchived: true })).total).toBe(1);
    await api.ok('activities:restore', { id: a.id });
    expect((await api.ok<{ total: number }>('activities:list', {})).total).toBe(1);
  });

  it('refuses to delete a catalogue entry still in use', async () => {
    api = createTestApi();
    const cat = await api.ok<{ id: string }>('dataCategories:create', {
      name: 'Helbredsoplysninger',
      sensitivity: 'special',
      specialKind: 'health',
    });
    await api.ok('activities:create', {
      name: 'Sygefravær',
      dataCategories: [{ dataCategoryId: cat.id, retentionMonths: 60, retentionText: null }],
    });
    const res = await api.call('dataCategories:delete', { id: cat.id });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('INTEGRITY');
  });
});

describe('what a save returns', () => {
  it('is exactly what a fresh read of the activity gives', async () => {
    api = createTestApi();
    await api.ok('register:loadExample');
    const updated = await api.ok<Activity>('activities:update', {
      id: 'act-newsletters',
      changes: {
        owner: 'Marketing',
        dataSubjectIds: ['subj-visitors', 'subj-customers'],
        recipients: [
          { recipientId: 'rcp-mailchimp', role: 'processor', purpose: null },
          { recipientId: 'rcp-hubspot', role: 'processor', purpose: 'CRM' },
        ],
        purposes: [
          {
            description: 'Nyhedsbreve',
            art6Basis: 'a',
            art9Condition: null,
            art10Ground: null,
            cprGround: null,
            nationalProvision: 'markedsføringslovens § 10',
            legitimateInterest: null,
            legitimateInterestAssessmentRef: null,
            consentRecordRef: 'HubSpot consent log',
          },
          {
            description: 'Statistik over åbninger',
            art6Basis: 'f',
            art9Condition: null,
            art10Ground: null,
            cprGround: null,
            nationalProvision: null,
            legitimateInterest: 'Forbedring af nyhedsbreve',
            legitimateInterestAssessmentRef: null,
            consentRecordRef: null,
          },
        ],
        dataLinks: [{ dataCategoryId: 'cat-administrative', subjectCategoryId: 'subj-customers', recipientId: 'rcp-hubspot' }],
      },
    });
    const read = await api.ok<ActivityDetail>('activities:get', { id: 'act-newsletters' });
    expect(updated).toEqual(read.activity);
    const [audit] = await api.ok<{ after: unknown }[]>('audit:list', { entity: 'activity', entityId: 'act-newsletters' });
    expect(audit?.after).toEqual(read.activity);
  });
});

describe('transfers', () => {
  it('lists with the names of the recipient and activity, filtered by mechanism', async () => {
    api = createTestApi();
    await api.ok('register:loadExample');
    const page = await api.ok<{ total: number; items: { recipientName: string; activityName: string | null }[] }>('transfers:list', {
      mechanism: ['privacy_shield'],
      activityId: 'act-newsletters',
    });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.recipientName).sort()).toEqual(['HubSpot', 'MailChimp']);
    expect(page.items.every((i) => i.activityName === 'Nyhedsbreve')).toBe(true);
  });
});
