import { describe, expect, it } from 'vitest';
import { pageRange, readEnum, readEnumList, readPage, withParams } from './list-params';

describe('list params', () => {
  it('reads only allowed values', () => {
    const p = new URLSearchParams('status=active,bogus,ended&sort=name&page=3');
    expect(readEnumList(p, 'status', ['planned', 'active', 'ended'] as const)).toEqual(['active', 'ended']);
    expect(readEnum(p, 'sort', ['name', 'status'] as const, 'status')).toBe('name');
    expect(readEnum(p, 'dir', ['asc', 'desc'] as const, 'asc')).toBe('asc');
    expect(readPage(p)).toBe(3);
    expect(readPage(new URLSearchParams('page=-1'))).toBe(1);
  });

  it('resets the page when a filter changes, and drops empty values', () => {
    const p = new URLSearchParams('q=hr&page=2');
    expect(withParams(p, { q: '' }).toString()).toBe('');
    expect(withParams(p, { page: '3' }).toString()).toBe('q=hr&page=3');
  });

  it('computes the visible range', () => {
    expect(pageRange(1, 0)).toEqual({ from: 0, to: 0 });
    expect(pageRange(2, 250)).toEqual({ from: 101, to: 200 });
    expect(pageRange(3, 250)).toEqual({ from: 201, to: 250 });
  });
});
