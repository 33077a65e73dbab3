import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../electron/shared/schemas/search';
import { allHitsPath, hitPath } from './search-paths';

const hit = (over: Partial<SearchHit>): SearchHit => ({ kind: 'activity', id: 'a1', title: 'T', detail: null, parentId: null, ...over });

describe('where a search hit opens', () => {
  it('opens each kind on the page where it is edited', () => {
    expect(hitPath(hit({}))).toBe('/activities/a1');
    expect(hitPath(hit({ kind: 'recipient', id: 'r1' }))).toBe('/recipients/r1');
    expect(hitPath(hit({ kind: 'transfer', id: 't1', parentId: 'a9' }))).toBe('/activities/a9');
    expect(hitPath(hit({ kind: 'transfer', id: 't1' }))).toBe('/transfers');
    expect(hitPath(hit({ kind: 'dpa', id: 'd1', parentId: 'r2' }))).toBe('/recipients/r2');
    expect(hitPath(hit({ kind: 'dataCategory', id: 'c1' }))).toBe('/catalogues?tab=dataCategories');
    expect(hitPath(hit({ kind: 'system', id: 's1' }))).toBe('/catalogues?tab=systems');
    expect(hitPath(hit({ kind: 'processorActivity', id: 'p1' }))).toBe('/processor-record');
    expect(
      hitPath(hit({ kind: 'finding', id: 'f', finding: { entityType: 'dpa', entityId: 'd1', activityId: null, recipientId: 'r3' } })),
    ).toBe('/recipients/r3');
  });

  it('lists all hits of a kind where the list keeps its search in the address', () => {
    expect(allHitsPath('activity', 'løn og')).toBe('/activities?q=l%C3%B8n%20og');
    expect(allHitsPath('finding', 'shield')).toBe('/findings?q=shield');
    expect(allHitsPath('recipient', 'x')).toBeNull();
  });
});
