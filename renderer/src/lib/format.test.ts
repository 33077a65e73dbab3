import { describe, expect, it } from 'vitest';
import { detail } from '../../../electron/shared/errors';
import { message } from '../../../electron/shared/i18n/message';
import { translator } from '../../../electron/shared/i18n/translate';
import { detailsToFormErrors } from './form-errors';
import { blankToNull, countryName, formatDate, formatPeriod, groupBy, text } from './format';

describe('format helpers', () => {
  it('formats ISO dates in the chosen language and shows a dash for none', () => {
    expect(formatDate('2024-05-01', 'en')).toMatch(/May/);
    expect(formatDate('2024-05-01', 'da')).toMatch(/maj/);
    expect(formatDate(null, 'da')).toBe('—');
    expect(formatDate('2024-05-01', 'en')).toBe('1 May 2024');
  });

  it('formats periods with open ends', () => {
    expect(formatPeriod(null, null, 'en')).toBe('—');
    expect(formatPeriod('2024-05-01', null, 'en')).toBe('1 May 2024 – …');
  });

  it('names countries and keeps codes it does not know', () => {
    expect(countryName('US', 'en')).toBe('United States (US)');
    expect(countryName('EPO', 'en')).toBe('EPO');
    expect(countryName(null, 'en')).toBe('—');
  });

  it('handles blank text', () => {
    expect(text('  ')).toBe('—');
    expect(blankToNull(' DK ')).toBe('DK');
    expect(blankToNull('')).toBeNull();
  });

  it('groups in first-seen order', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0] as 'a' | 'b')).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });

  it('maps error details under changes onto form paths, each in the UI language', () => {
    const da = translator('da');
    const details = [
      detail('changes.name', message('validation.required')),
      detail('changes.purposes.0.description', message('validation.maxLength', { max: 5000 })),
      detail('id', message('validation.invalid')),
    ];
    expect(detailsToFormErrors(details, da)).toEqual({
      name: 'Skal udfyldes',
      'purposes.0.description': 'Højst 5000 tegn',
      id: 'Ugyldig værdi',
    });
    expect(detailsToFormErrors([detail('name', message('validation.required'))], translator('en'), '')).toEqual({ name: 'Required' });
  });
});
