import type { AcknowledgedFinding } from '../../shared/schemas/findings';
import type { Language } from '../../shared/vocab';

/** Everything the DPO might search for in one finding, in one language. */
export function findingText(f: AcknowledgedFinding, language: Language): string {
  return [
    f.ruleId,
    f.entity.name,
    f.message[language],
    f.fix[language],
    f.uncertaintyNote?.[language],
    f.legalEvent?.label[language],
    ...f.sources.flatMap((s) => [s.id, s.title]),
    ...(f.matches ?? []).flatMap((m) => [m.text, m.excerpt]),
    f.acknowledgement?.justification,
    f.acknowledgement?.acknowledgedBy,
  ]
    .filter(Boolean)
    .join('\n');
}
