import { inSentence, vocabText } from '../../../shared/i18n/vocab-labels';
import type { PartyRole } from '../../../shared/vocab';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { requireLifeDate } from '../mechanism-validity';
import { transferVars } from './transfer-common';

/**
 * The 2021 SCCs (Decision 2021/914): a contract cannot predate their applicability, must name
 * its module, and the module must follow from the parties' roles (Annex, Section II). Importers
 * already subject to the GDPR under Art 3(2) fall outside what the clauses were designed for.
 */
export function transferScc2021Rules(ctx: EvaluationContext, emit: Emit): void {
  const { kb } = ctx;
  const validFrom = requireLifeDate(kb, 'scc_2021', 'valid-from');
  const modules = kb.files.mechanisms.sccModules;
  const roleLabel = (role: PartyRole) => inSentence(vocabText('partyRole', role));
  for (const view of ctx.ownTransfers) {
    const t = view.transfer;
    if (!view.current || view.destination !== 'third' || t.mechanism !== 'scc_2021') continue;
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;
    if (t.signedOn !== null && t.signedOn < validFrom) {
      emit('TR-SCC21-PREDATE', view.entity, {
        activityId,
        vars: [{ signedDate: { date: t.signedOn }, validFrom: { date: validFrom } }, vars],
      });
    }
    const expected = modules.byRoles.find((m) => m.exporter === t.exporterRole && m.importer === t.importerRole)?.module ?? null;
    if (t.sccModule === null) emit('TR-SCC21-MODULE-MISSING', view.entity, { activityId, vars });
    else if (expected !== null && t.sccModule !== expected) {
      emit('TR-SCC21-MODULE-MISMATCH', view.entity, {
        activityId,
        vars: [{ module: t.sccModule, expected, exporterRole: roleLabel(t.exporterRole), importerRole: roleLabel(t.importerRole) }, vars],
      });
    }
    if (view.recipient.subjectToGdprArt3_2) emit('TR-SCC21-ART3-2', view.entity, { activityId, vars });
  }
}
