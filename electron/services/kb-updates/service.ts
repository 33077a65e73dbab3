import { getKbUpdate, type KbUpdateRow, listKbUpdates, rollbackKbUpdate, saveKbUpdate } from '../../../db/queries/kb-updates';
import { readRegister } from '../../../db/queries/register-export';
import { message } from '../../shared/i18n/message';
import type { HypotheticalEventInfo, KbStatus, KbUpdatePreview } from '../../shared/schemas/kb-updates';
import { parameterChoices } from '../compliance/assume';
import { countryLabel } from '../compliance/geography';
import { defaultKnowledgeBase, indexKnowledgeBase, type KnowledgeBase } from '../compliance/knowledge-base';
import { mechanismLabel } from '../compliance/mechanism-validity';
import { checkRegister } from '../compliance/register-check';
import { type ApiContext, danishToday, nowIso } from '../context';
import { diffKnowledgeBases } from './diff';
import { knowledgeBaseInUse, trustedKeysOf } from './in-use';
import { UpdateRefused, type VerifiedUpdate, verifyUpdate } from './update-file';
import { compareVersions } from './versions';

/** The real events a scenario (or one of its choices) anticipates, with their dates and tags. */
function anticipated(kb: KnowledgeBase, ids: string[]) {
  return ids.flatMap((id) => {
    const e = kb.events.get(id);
    return e ? [{ id, date: e.date, label: e.label, verification: e.verification }] : [];
  });
}

/** The what-if events of a knowledge base, as `ropa kb info --json` and the what-if picker list them. */
export function hypotheticalEvents(kb: KnowledgeBase): HypotheticalEventInfo[] {
  return [...kb.hypotheticals.values()].map((h) => ({
    id: h.id,
    kind: 'hypothetical' as const,
    label: h.label,
    description: h.description,
    anticipates: anticipated(kb, h.anticipates),
    verification: h.verification,
    sources: h.sources.map((id) => kb.sources.get(id) ?? { id, title: id }),
    ...(h.note ? { note: h.note } : {}),
    parameter: h.parameter
      ? {
          name: h.parameter.name,
          label: h.parameter.label,
          choices: parameterChoices(kb, h).map((value) => {
            const choice = h.parameter?.choices?.find((c) => c.value === value);
            return {
              value,
              label: h.parameter?.name === 'country' ? countryLabel(value) : mechanismLabel(value as never),
              anticipates: anticipated(kb, choice?.anticipates ?? h.anticipates),
            };
          }),
        }
      : null,
    defaultDate: h.defaultDate ?? null,
  }));
}

/** Which knowledge base is in use, where it came from, what a rollback would return to, and the what-if events it offers. */
export function kbStatus(ctx: ApiContext): KbStatus {
  const db = ctx.database.db;
  const trusted = trustedKeysOf(ctx);
  const inUse = knowledgeBaseInUse(db, () => trusted);
  const shipped = defaultKnowledgeBase();
  const active = inUse.active;
  let rollbackTo: KbStatus['rollbackTo'] = null;
  if (active) {
    const previous = active.replacesId ? getKbUpdate(db, active.replacesId) : null;
    rollbackTo = previous ? { version: previous.version, origin: 'imported' } : { version: shipped.version, origin: 'shipped' };
  }
  return {
    version: inUse.kb.version,
    asOf: inUse.kb.asOf,
    origin: inUse.kb.origin,
    shipped: { version: shipped.version, asOf: shipped.asOf },
    active,
    rollbackTo,
    problem: inUse.problem,
    history: listKbUpdates(db),
    trustedKeys: trusted.map((k) => ({ id: k.id, fingerprint: k.fingerprint, retired: k.retired })),
    hypotheticalEvents: hypotheticalEvents(inUse.kb),
  };
}

/** Verifies the file and refuses one that is not newer than the knowledge base in use. */
function verifyNewer(ctx: ApiContext, content: string): { update: VerifiedUpdate; current: KnowledgeBase } {
  const update = verifyUpdate(content, trustedKeysOf(ctx));
  const current = knowledgeBaseInUse(ctx.database.db, () => trustedKeysOf(ctx)).kb;
  if (compareVersions(update.version, current.version) <= 0) {
    const same = compareVersions(update.version, current.version) === 0;
    throw new UpdateRefused(
      'not-newer',
      same
        ? message('kbUpdate.alreadyInUse', { version: update.version })
        : message('kbUpdate.older', { version: update.version, current: current.version }),
    );
  }
  return { update, current };
}

/**
 * What importing the file would change, before anything changes: the legal facts it adds,
 * removes or alters, and the findings that would appear or disappear in this register today.
 */
export function previewKbUpdate(ctx: ApiContext, content: string): KbUpdatePreview {
  const { update, current } = verifyNewer(ctx, content);
  const next = indexKnowledgeBase(update.files, [], 'imported');
  const register = readRegister(ctx.database.db);
  const today = danishToday(ctx);
  const before = checkRegister(register, today, current);
  const after = checkRegister(register, today, next);
  const beforeIds = new Map(before.findings.map((f) => [f.id, f.severity]));
  const afterIds = new Map(after.findings.map((f) => [f.id, f.severity]));
  return {
    version: update.version,
    asOf: update.asOf,
    keyId: update.keyId,
    current: { version: current.version, asOf: current.asOf, origin: current.origin },
    diff: diffKnowledgeBases(current, next),
    findings: {
      asOf: today,
      before: before.counts,
      after: after.counts,
      appearing: after.findings.filter((f) => beforeIds.get(f.id) !== f.severity),
      disappearing: before.findings.filter((f) => afterIds.get(f.id) !== f.severity),
    },
  };
}

/** Stores a verified, newer update in the register and makes it the knowledge base in use. */
export function importKbUpdate(ctx: ApiContext, content: string): KbUpdateRow {
  const { update } = verifyNewer(ctx, content);
  return saveKbUpdate(ctx.database.db, { version: update.version, asOf: update.asOf, keyId: update.keyId, file: content }, nowIso(ctx));
}

/** Returns to the knowledge base in use before the last import. */
export function rollbackKb(ctx: ApiContext): KbStatus {
  rollbackKbUpdate(ctx.database.db, nowIso(ctx));
  return kbStatus(ctx);
}
