import type { TFunction } from 'i18next';
import type { AppErrorData } from '../../../electron/shared/errors';
import { renderMessage } from '../../../electron/shared/i18n/message';

/**
 * Maps an error's per-field details onto form paths, each in the UI language. Update channels nest
 * the edited fields under `changes`, so `changes.purposes.0.description` becomes `purposes.0.description`.
 */
export function detailsToFormErrors(details: AppErrorData['details'], t: TFunction, prefix = 'changes.'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of details ?? []) {
    const path = d.path.startsWith(prefix) ? d.path.slice(prefix.length) : d.path;
    if (path && !(path in errors)) errors[path] = renderMessage(t, d);
  }
  return errors;
}
