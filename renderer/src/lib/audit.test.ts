import { describe, expect, it } from 'vitest';
import { auditEntityKey, auditEntryName } from './audit';

describe('audit display', () => {
  it('names entries by their name, title or controller, before or after the change', () => {
    expect(auditEntryName({ before: null, after: { name: 'Nyhedsbreve' } })).toBe('Nyhedsbreve');
    expect(auditEntryName({ before: { title: 'DPA med ATEA' }, after: null })).toBe('DPA med ATEA');
    expect(auditEntryName({ before: null, after: { counts: {} } })).toBeNull();
  });

  it('knows the data layer’s entity names and admits it when it does not', () => {
    expect(auditEntityKey('data-subject category')).toBe('dataSubjectCategory');
    expect(auditEntityKey('something new')).toBeNull();
  });
});
