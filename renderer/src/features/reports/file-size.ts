import { intlLocale } from '../../lib/format';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** 1536 → "1,5 kB" / "1.5 kB" (decimal units, as file managers on Windows and macOS show them). */
export function formatFileSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}
