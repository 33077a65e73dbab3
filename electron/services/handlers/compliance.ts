import { sql } from 'drizzle-orm';
import { listDpfSnapshots, saveDpfSnapshot } from '../../../db/queries/dpf';
import { readEntityScope } from '../../../db/queries/entity-scope';
import { readRegister } from '../../../db/queries/register-export';
import { acknowledgementStore } from '../../../db/queries/stores';
import { dpfEntries } from '../../../db/schema';
import { AppError, detail } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import { entityFingerprint, parseDpfList, scenarioCheckDate, whatIf } from '../compliance';
import { knowledgeBaseFor } from '../compliance/register-check';
import { type ApiContext, danishToday, nowIso } from '../context';
import type { DerivedParams } from '../derived';
import { derivedFor } from '../derived';
import type { HandlerTable } from '../dispatch';
import { importKbUpdate, kbStatus, previewKbUpdate, rollbackKb } from '../kb-updates/service';

/** Which evaluation a request is about: the check date (today unless given) and any assumed events. */
function evaluationOf(ctx: ApiContext, asOf: string | undefined, assume: DerivedParams['assume'] = []): DerivedParams {
  return assume.length ? { asOf: scenarioCheckDate(assume, danishToday(ctx), asOf), assume } : { asOf: asOf ?? danishToday(ctx) };
}

export const complianceHandlers: HandlerTable['compliance'] = {
  check: (ctx, { asOf, assume }) => derivedFor(ctx).report(evaluationOf(ctx, asOf, assume)),
  status: (ctx, { asOf, assume }) => derivedFor(ctx).status(evaluationOf(ctx, asOf, assume)),
  summaries: (ctx, { asOf, entities }) => derivedFor(ctx).summaries(evaluationOf(ctx, asOf), entities),
  findings: (ctx, { asOf, ...query }) => derivedFor(ctx).page(evaluationOf(ctx, asOf), query),
  acknowledge: (ctx, input) => {
    // The entry as it is now, with what its findings depend on: never the whole register.
    const register = readEntityScope(ctx.database.db, input.entityType, input.entityId);
    const today = danishToday(ctx);
    if (input.until < today)
      throw new AppError('VALIDATION', message('problem.ackUntilPast', { today }), [
        detail('until', message('validation.untilPast', { today })),
      ]);
    const fingerprint = entityFingerprint(register, input.entityType, input.entityId);
    return acknowledgementStore.create(
      ctx.database.db,
      {
        ruleId: input.ruleId,
        entityType: input.entityType,
        entityId: input.entityId,
        justification: input.justification,
        acknowledgedBy: input.acknowledgedBy ?? null,
        acknowledgedOn: today,
        until: input.until,
        entityFingerprint: fingerprint,
      },
      nowIso(ctx),
    );
  },
  unacknowledge: (ctx, { id }) => acknowledgementStore.remove(ctx.database.db, id, nowIso(ctx)),
  acknowledgements: (ctx, { asOf }) => derivedFor(ctx).acknowledgements({ asOf: asOf ?? danishToday(ctx) }),
  importDpf: (ctx, input) => {
    const parsed = parseDpfList(input.content, input.fileName, input.snapshotDate);
    return saveDpfSnapshot(
      ctx.database.db,
      { snapshotDate: parsed.snapshotDate, sourceName: input.fileName, entries: parsed.entries },
      nowIso(ctx),
    );
  },
  whatIf: (ctx, { assume, asOf }) =>
    whatIf(readRegister(ctx.database.db), knowledgeBaseFor(ctx), { assumptions: assume, today: danishToday(ctx), asOf }),
  previewKbUpdate: (ctx, { content }) => previewKbUpdate(ctx, content),
  importKbUpdate: (ctx, { content }) => importKbUpdate(ctx, content),
  rollbackKb: (ctx) => rollbackKb(ctx),
  knowledgeBase: (ctx) => {
    const db = ctx.database.db;
    const counts = new Map(
      db
        .select({ id: dpfEntries.snapshotId, n: sql<number>`count(*)` })
        .from(dpfEntries)
        .groupBy(dpfEntries.snapshotId)
        .all()
        .map((r) => [r.id, r.n]),
    );
    return {
      ...kbStatus(ctx),
      dpfSnapshots: listDpfSnapshots(db).map((s) => ({ ...s, entryCount: counts.get(s.id) ?? 0 })),
    };
  },
};
