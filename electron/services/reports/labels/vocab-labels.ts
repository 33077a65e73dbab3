import { translator } from '../../../shared/i18n/translate';
import { legalBasisCitation, vocabLabel } from '../../../shared/i18n/vocab-labels';
import type {
  ActivityStatus,
  Art6Basis,
  Art9Condition,
  Art10Ground,
  CprGround,
  DataSensitivity,
  DpiaStatus,
  Language,
  RecipientRole,
  SecurityMeasureKind,
  Severity,
  SpecialKind,
  TransferMechanism,
} from '../../../shared/vocab';

/**
 * The register's vocabulary as the reports print it: the one label each value has in the catalogue
 * (the app shows the same), with Art 6(1) and 9(2) values cited in full ("Art. 6, stk. 1, litra a –
 * Samtykke"). Looked up once per value and language: a long report asks for the same labels often.
 */
export interface VocabLabels {
  art6(basis: Art6Basis): string;
  art9(condition: Art9Condition): string;
  art10(ground: Art10Ground): string;
  cpr(ground: CprGround): string;
  mechanism(m: TransferMechanism): string;
  role(r: RecipientRole): string;
  status(s: ActivityStatus): string;
  sensitivity(s: DataSensitivity): string;
  specialKind(k: SpecialKind): string;
  dpia(s: DpiaStatus): string;
  measureKind(k: SecurityMeasureKind): string;
  severity(s: Severity): string;
}

const cache = new Map<Language, VocabLabels>();

export function vocabLabels(lang: Language): VocabLabels {
  const cached = cache.get(lang);
  if (cached) return cached;
  const t = translator(lang);
  const seen = new Map<string, string>();
  const memo = (id: string, make: () => string) => {
    let label = seen.get(id);
    if (label === undefined) {
      label = make();
      seen.set(id, label);
    }
    return label;
  };
  const labels: VocabLabels = {
    art6: (b) => memo(`art6.${b}`, () => legalBasisCitation(t, 'art6', b)),
    art9: (c) => memo(`art9.${c}`, () => legalBasisCitation(t, 'art9', c)),
    art10: (g) => memo(`art10.${g}`, () => vocabLabel(t, 'art10', g)),
    cpr: (g) => memo(`cpr.${g}`, () => vocabLabel(t, 'cpr', g)),
    mechanism: (m) => memo(`mechanism.${m}`, () => vocabLabel(t, 'mechanism', m)),
    role: (r) => memo(`recipientRole.${r}`, () => vocabLabel(t, 'recipientRole', r)),
    status: (s) => memo(`activityStatus.${s}`, () => vocabLabel(t, 'activityStatus', s)),
    sensitivity: (s) => memo(`sensitivity.${s}`, () => vocabLabel(t, 'sensitivity', s)),
    specialKind: (k) => memo(`specialKind.${k}`, () => vocabLabel(t, 'specialKind', k)),
    dpia: (s) => memo(`dpiaStatus.${s}`, () => vocabLabel(t, 'dpiaStatus', s)),
    measureKind: (k) => memo(`securityKind.${k}`, () => vocabLabel(t, 'securityKind', k)),
    severity: (s) => memo(`severity.${s}`, () => vocabLabel(t, 'severity', s)),
  };
  cache.set(lang, labels);
  return labels;
}
