import type { TFunction } from 'i18next';
import { lookup } from './message';

/** Splits `changes.purposes.0.description` or `$.activities[3].name` into its steps. */
export function pathSteps(path: string | readonly PropertyKey[]): (string | number)[] {
  const raw = typeof path === 'string' ? path.split(/[.[\]]+/) : path.map((p) => (typeof p === 'number' ? p : String(p)));
  return raw.filter((p) => p !== '' && p !== '$').map((p) => (typeof p === 'number' ? p : /^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Names the field a problem concerns, in the user's words: `activities.3.purposes.0.description`
 * becomes "Behandlingsaktiviteter 4 › Formål 1 › Beskrivelse". Update inputs nest the edited fields
 * under `changes`, which says nothing to the user and is left out. A step without a label in the
 * catalogue's `field` group is shown as it is (a test keeps every schema field labelled).
 */
export function fieldLabel(t: TFunction, path: string | readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const step of pathSteps(path)) {
    if (typeof step === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += ` ${step + 1}`;
      else parts.push(String(step + 1));
    } else if (step !== 'changes') {
      parts.push(lookup(t, `field.${step}`, { defaultValue: step }));
    }
  }
  return parts.join(' › ');
}
