import type { Activity, Purpose } from '../../../shared/schemas/entities';
import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { countryName } from '../labels/format';
import { vocabLabels } from '../labels/vocab-labels';
import { chapterVTransfers, indexRegister, type RegisterIndex } from '../model/register-index';
import { formatRetention, lines, withBullets, yesNo } from './cell-text';
import { col, ICO_HEADINGS, ROPA_HEADINGS } from './ico-layout';
import type { SheetTable } from './sheet-table';

function activityCells(ix: RegisterIndex, a: Activity, lang: Language): string[] {
  const v = vocabLabels(lang);
  const cells: string[] = new Array(ICO_HEADINGS.length + ROPA_HEADINGS.length).fill('');
  const recipient = (id: string) => ix.recipients.get(id);
  const categoryName = (id: string) => ix.dataCategories.get(id)?.name ?? id;

  cells[col.businessFunction] = a.businessFunction ?? '';
  cells[col.jointController] = lines(
    a.recipients
      .filter((r) => r.role === 'joint_controller')
      .map((r) => {
        const rec = recipient(r.recipientId);
        return rec?.contactEmail ? `${rec.name} (${rec.contactEmail})` : (rec?.name ?? r.recipientId);
      }),
  );
  cells[col.individuals] = lines(a.dataSubjectIds.map((id) => ix.subjects.get(id)?.name ?? id));
  cells[col.personalData] = lines(a.dataCategories.map((c) => categoryName(c.dataCategoryId)));
  cells[col.recipients] = lines(
    a.recipients.filter((r) => r.role !== 'joint_controller').map((r) => recipient(r.recipientId)?.name ?? r.recipientId),
  );
  cells[col.processorContract] = lines(
    a.recipients
      .filter((r) => r.role === 'processor' || r.role === 'sub_processor')
      .flatMap((r) => (ix.dpasByRecipient.get(r.recipientId) ?? []).map((d) => `${recipient(r.recipientId)?.name}: ${d.title}`)),
  );
  const transfers = chapterVTransfers(ix.transfersByActivity.get(a.id));
  const countries = [...new Set(transfers.map((t) => t.country ?? recipient(t.recipientId)?.country).filter((c): c is string => !!c))];
  cells[col.thirdCountries] = lines(countries.map((c) => countryName(c, lang)));
  cells[col.safeguards] = lines(
    transfers.map((t) => {
      const mechanism = t.mechanism ? v.mechanism(t.mechanism) : '';
      const module = t.sccModule ? ` (${t.sccModule})` : '';
      const where = t.country ? ` (${countryName(t.country, lang)})` : '';
      return `${recipient(t.recipientId)?.name ?? t.recipientId}${where}: ${mechanism}${module}${t.art49Assessment ? ` – ${t.art49Assessment}` : ''}`;
    }),
  );
  cells[col.retention] = withBullets(
    a.retentionSummary,
    a.dataCategories
      .filter((c) => c.retentionMonths !== null || c.retentionText)
      .map((c) => formatRetention({ name: categoryName(c.dataCategoryId), months: c.retentionMonths, text: c.retentionText }, lang)),
  );
  cells[col.security] = withBullets(
    a.securityDescription,
    a.securityMeasureIds.map((id) => ix.measures.get(id)?.name ?? id),
  );
  cells[col.automatedDecisions] = yesNo(a.automatedDecisionMaking, lang);
  cells[col.source] = a.dataSources ?? '';
  cells[col.location] = a.dataLocation ?? '';
  const dpiaNeeded = a.dpiaStatus === 'required' || a.dpiaStatus === 'in_progress' || a.dpiaStatus === 'completed';
  cells[col.dpiaRequired] = a.dpiaStatus === 'not_assessed' ? '' : yesNo(dpiaNeeded, lang);
  cells[col.dpiaProgress] = v.dpia(a.dpiaStatus);
  cells[col.dpiaLink] = a.dpiaReference ?? '';
  cells[col.activityName] = a.name;
  cells[col.activityReference] = a.reference ?? '';
  cells[col.activityStatus] = v.status(a.status);
  return cells;
}

function purposeCells(cells: string[], p: Purpose, lang: Language): string[] {
  const v = vocabLabels(lang);
  const row = [...cells];
  row[col.purpose] = p.description;
  row[col.art6] = p.art6Basis ? v.art6(p.art6Basis) : '';
  row[col.art6Again] = row[col.art6];
  row[col.art9] = p.art9Condition ? v.art9(p.art9Condition) : '';
  row[col.legitimateInterest] = p.legitimateInterest ?? '';
  row[col.liaLink] = p.legitimateInterestAssessmentRef ?? '';
  row[col.consentLink] = p.consentRecordRef ?? '';
  // The DPA 2018 Schedule 1 column is the UK's national condition; a Danish register's national
  // grounds (databeskyttelsesloven §§ 8 and 11, other provisions) go there.
  row[col.schedule1] = lines([p.art10Ground ? v.art10(p.art10Ground) : null, p.cprGround ? v.cpr(p.cprGround) : null, p.nationalProvision]);
  return row;
}

/** The ICO layout as plain text cells: one row per purpose (an activity without purposes gets one row). */
export function icoTable(register: Register, lang: Language): SheetTable {
  const ix = indexRegister(register, lang);
  const rows: string[][] = [];
  for (const activity of ix.activities) {
    const cells = activityCells(ix, activity, lang);
    if (activity.purposes.length === 0) rows.push(cells);
    for (const purpose of activity.purposes) rows.push(purposeCells(cells, purpose, lang));
  }
  return { headings: [...ICO_HEADINGS, ...ROPA_HEADINGS], rows };
}
