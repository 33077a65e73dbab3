import { describe, expect, it } from 'vitest';
import { addedCounts } from './import-counts';

describe('addedCounts', () => {
  it('lists what was added, activities first, and keeps kinds it does not know', () => {
    expect(addedCounts({ recipients: 2, activities: 3, transfers: 0, futureThing: 1 })).toEqual([
      { key: 'activities', count: 3 },
      { key: 'recipients', count: 2 },
      { key: 'futureThing', count: 1 },
    ]);
    expect(addedCounts({ activities: 0 })).toEqual([]);
  });
});
