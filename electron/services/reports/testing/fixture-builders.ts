import {
  blankActivity,
  blankDataCategory,
  blankDataSubjectCategory,
  blankDpa,
  blankProcessorActivity,
  blankPurpose,
  blankRecipient,
  blankSecurityMeasure,
  blankSystem,
  blankTransfer,
} from '../../../shared/schemas/blank-entities';
import type {
  Activity,
  DataCategory,
  DataSubjectCategory,
  Dpa,
  ProcessorActivity,
  Purpose,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from '../../../shared/schemas/entities';

/** Builders for complete entities with every optional field empty, for fixtures and synthetic registers. */

/** The creation/update stamp of every fixture entity. */
export const at = '2026-01-15T10:00:00Z';
export const stamps = { createdAt: at, updatedAt: at };

export function category(id: string, name: string, extra: Partial<DataCategory> = {}): DataCategory {
  return { ...blankDataCategory(id, name, at), ...extra };
}
export function subject(id: string, name: string, kind: DataSubjectCategory['kind']): DataSubjectCategory {
  return { ...blankDataSubjectCategory(id, name, at), kind };
}
export function recipient(id: string, name: string, extra: Partial<Recipient>): Recipient {
  return { ...blankRecipient(id, name, 'processor', at), country: 'DK', ...extra };
}
export function measure(id: string, name: string, kind: SecurityMeasure['kind']): SecurityMeasure {
  return { ...blankSecurityMeasure(id, name, at), kind };
}
export function system(id: string, name: string, location: string | null): System {
  return { ...blankSystem(id, name, at), location };
}

export function baseActivity(id: string, name: string, extra: Partial<Activity> = {}): Activity {
  return { ...blankActivity(id, name, at), ...extra };
}

export function baseTransfer(id: string, extra: Partial<Transfer> & Pick<Transfer, 'recipientId'>): Transfer {
  return { ...blankTransfer(id, extra.recipientId, at), country: 'US', ...extra };
}

export function dpa(id: string, recipientId: string, title: string, extra: Partial<Dpa> = {}): Dpa {
  return { ...blankDpa(id, recipientId, title, at), ...extra };
}

export function purpose(id: string, description: string, extra: Partial<Purpose> = {}): Purpose {
  return { ...blankPurpose(id, description), ...extra };
}

export function processing(id: string, controllerName: string, extra: Partial<ProcessorActivity>): ProcessorActivity {
  return { ...blankProcessorActivity(id, controllerName, 'Ikke beskrevet', at), ...extra };
}
