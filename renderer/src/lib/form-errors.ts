import type { AppErrorData } from '../../../electron/shared/errors';

/**
 * Maps an error's per-field details onto form paths. Update channels nest the edited fields
 * under `changes`, so `changes.purposes.0.description` becomes `purposes.0.description`.
 */
export function detailsToFormErrors(
  details: AppErrorData['details'],
  { prefix = 'changes.', translate = (m: string) => m }: { prefix?: string; translate?: (message: string) => string } = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of details ?? []) {
    const path = d.path.startsWith(prefix) ? d.path.slice(prefix.length) : d.path;
    if (path && !(path in errors)) errors[path] = translate(d.message);
  }
  return errors;
}
