import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isIsoDate, laterDate, periodsCover } from './dates';
import { formatDate, formatList } from './format';

describe('dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2022-12-27', 1)).toBe('2022-12-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-06-24', '2025-12-27')).toBe(186);
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
  });

  it('rejects non-dates', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('25-11-2026')).toBe(false);
    expect(() => dayNumber('2026-13-01')).toThrow(/calendar/);
  });

  it('picks the later of two optional dates', () => {
    expect(laterDate(null, '2020-01-01')).toBe('2020-01-01');
    expect(laterDate('2021-01-01', '2020-01-01')).toBe('2021-01-01');
    expect(laterDate(null, null)).toBeNull();
  });

  it('tells whether periods cover a stretch without a gap', () => {
    expect(periodsCover([{ start: '2020-01-01', end: '2023-07-09' }], '2021-01-01', '2023-07-09')).toBe(true);
    expect(periodsCover([{ start: '2020-01-01', end: '2023-07-08' }], '2021-01-01', '2023-07-09')).toBe(false);
    expect(
      periodsCover(
        [
          { start: '2021-06-01', end: null },
          { start: null, end: '2021-05-31' },
        ],
        '2019-01-01',
        '2023-07-09',
      ),
    ).toBe(true);
    expect(
      periodsCover(
        [
          { start: null, end: '2021-05-30' },
          { start: '2021-06-01', end: null },
        ],
        '2019-01-01',
        '2023-07-09',
      ),
    ).toBe(false);
  });

  it('formats dates and lists in Danish and English', () => {
    expect(formatDate('2020-07-16', 'da')).toBe('16. juli 2020');
    expect(formatDate('2020-07-16', 'en')).toBe('16 Jul 2020');
    expect(formatList(['a', 'b', 'c'], 'da')).toBe('a, b og c');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });
});
