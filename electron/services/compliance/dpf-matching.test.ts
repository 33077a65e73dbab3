import { describe, expect, it } from 'vitest';
import type { DpfSnapshot } from '../../shared/schemas/entities';
import { buildDpfIndex, findDpfListing, isActiveEuUs, normaliseOrgName, snapshotOn } from './dpf-matching';
import { defaultKnowledgeBase } from './knowledge-base';

const rules = defaultKnowledgeBase().files.patterns.organisationNames;

function snapshot(date: string, entries: Partial<DpfSnapshot['entries'][number]>[]): DpfSnapshot {
  return {
    id: `s-${date}`,
    snapshotDate: date,
    sourceName: null,
    importedAt: '2026-01-01T00:00:00.000Z',
    entries: entries.map((e) => ({
      orgName: 'X',
      coveredEntities: [],
      status: 'active',
      frameworks: ['EU-US'],
      dataTypes: ['non-HR'],
      ...e,
    })),
  };
}

describe('normaliseOrgName', () => {
  it('drops case, punctuation, accents, a leading "The" and legal-form suffixes', () => {
    expect(normaliseOrgName('The Rocket Science Group, LLC', rules)).toBe('rocket science group');
    expect(normaliseOrgName('HubSpot, Inc.', rules)).toBe('hubspot');
    expect(normaliseOrgName('Société Générale S.A.', rules)).toBe('societe generale');
    expect(normaliseOrgName('Jensens Kurser A/S', rules)).toBe('jensens kurser');
    expect(normaliseOrgName('Procter & Gamble Co.', rules)).toBe('procter and gamble');
  });

  it('keeps a name that is only a suffix-like word', () => {
    expect(normaliseOrgName('Limited', rules)).toBe('limited');
    expect(normaliseOrgName('The', rules)).toBe('the');
  });
});

describe('findDpfListing', () => {
  const index = buildDpfIndex(
    snapshot('2026-11-01', [
      { orgName: 'Intuit Inc.', coveredEntities: ['The Rocket Science Group LLC', 'Mailchimp'] },
      { orgName: 'Google LLC' },
      { orgName: 'Old Corp', status: 'inactive' },
      { orgName: 'Old Corp Inc', status: 'active', frameworks: ['Swiss-US'] },
    ]),
    rules,
  );

  it('matches the legal name through a covered entity (Mailchimp under Intuit)', () => {
    const hit = findDpfListing(index, { name: 'MailChimp', legalName: 'The Rocket Science Group, LLC', dpfListName: null });
    expect(hit).toMatchObject({ via: 'coveredEntity', entry: { orgName: 'Intuit Inc.' } });
    expect(isActiveEuUs(hit)).toBe(true);
  });

  it('matches a display name and a recorded DPF listing name', () => {
    expect(findDpfListing(index, { name: 'Google', legalName: null, dpfListName: null })?.entry.orgName).toBe('Google LLC');
    expect(findDpfListing(index, { name: 'Nyhedsbrevsværktøj', legalName: null, dpfListName: 'Intuit' })?.entry.orgName).toBe(
      'Intuit Inc.',
    );
  });

  it('prefers an active EU-US entry, and reports no listing as null', () => {
    expect(isActiveEuUs(findDpfListing(index, { name: 'Old Corp', legalName: null, dpfListName: null }))).toBe(false);
    expect(findDpfListing(index, { name: 'HubSpot', legalName: 'HubSpot, Inc.', dpfListName: null })).toBeNull();
  });
});

describe('snapshotOn', () => {
  it('takes the latest snapshot dated on or before the check date', () => {
    const list = [snapshot('2026-01-01', []), snapshot('2026-06-01', []), snapshot('2026-12-01', [])];
    expect(snapshotOn(list, '2026-11-25')?.snapshotDate).toBe('2026-06-01');
    expect(snapshotOn(list, '2026-06-01')?.snapshotDate).toBe('2026-06-01');
    expect(snapshotOn(list, '2025-12-31')).toBeNull();
  });
});
