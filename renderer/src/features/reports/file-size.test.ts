import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes sizes in decimal units with the language’s decimal mark', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(1536, 'da')).toBe('1,5 kB');
    expect(formatFileSize(123_456, 'da')).toBe('123 kB');
    expect(formatFileSize(2_345_678, 'en')).toBe('2.3 MB');
  });
});
