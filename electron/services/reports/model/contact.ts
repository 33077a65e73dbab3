import type { Organisation } from '../../../shared/schemas/entities';
import type { Language } from '../../../shared/vocab';
import { countryName } from '../labels/format';

/** Postal address on one line: "Vesterbrogade 1, 1620 København V, Danmark" (null when nothing is recorded). */
export function addressLine(org: Organisation, lang: Language): string | null {
  const place = [org.postcode, org.city].filter(Boolean).join(' ');
  const parts = [org.address, place, countryName(org.country, lang)].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}
