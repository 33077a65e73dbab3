import { message } from '../../../shared/i18n/message';
import type { Register } from '../../../shared/schemas/register';
import { type Language, languages } from '../../../shared/vocab';
import { reportLabels } from '../labels/report-labels';
import type { ActivityImport, CatalogueRef, IcoImportResult, ImportError, PurposeImport } from './activity-import';
import { importProblem } from './activity-import';
import { nameCandidates, parseRetention, splitBullets, splitLines } from './cell-text';
import { datatilsynetHeadings } from './datatilsynet-rows';
import { columnLetter } from './ico-layout';
import type { ReadTable } from './read-table';
import {
  art10FromLabel,
  cprFromLabel,
  isError,
  parseArt6,
  parseArt9,
  parseStatus,
  roleFromLabel,
  sensitivityFromLabel,
} from './vocab-parse';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The language whose Datatilsynet-style headings a table has, or null when it is not that layout. */
export function datatilsynetLanguage(headings: string[]): Language | null {
  for (const lang of languages) {
    const expected = datatilsynetHeadings(lang);
    if (expected.every((h, c) => norm(headings[c] ?? '') === norm(h))) return lang;
  }
  return null;
}

/** The column of each heading, by position in datatilsynetHeadings (see datatilsynet-rows.ts). */
const C = {
  name: 0,
  reference: 1,
  status: 2,
  owner: 3,
  contact: 4,
  purposes: 5,
  bases: 6,
  subjects: 7,
  categories: 8,
  recipients: 9,
  linkage: 10,
  transfers: 11,
  retention: 12,
  security: 13,
  lastReviewed: 14,
} as const;

/** "31.12.2026" (as the Danish sheet writes it) or "2026-12-31" → ISO; null when it is neither. */
function readDate(cell: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (iso) return cell;
  const da = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(cell);
  return da ? `${da[3]}-${da[2]}-${da[1]}` : null;
}

function uniqueRecipients<T extends { recipient: CatalogueRef }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.recipient.id ?? `new:${norm(r.recipient.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Navn (rest)": the name before the last bracketed part, and that part. */
function bracketed(line: string): { name: string; inside: string | null } {
  const m = /^(.*) \(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(line);
  return m ? { name: m[1]!, inside: m[2]! } : { name: line, inside: null };
}

/**
 * Reads a table in the Datatilsynet-style layout (datatilsynet-rows.ts, Danish or English headings)
 * into activity imports, one per row: name, reference, status, owner, last review, the joint
 * controllers and their arrangement, purposes with their legal bases, data subjects, data categories,
 * recipients with their roles, the linkage, erasure limits and security measures. Transfers are not
 * read back (a row names them without the dates and documents a transfer entry needs). Every row is
 * checked first; problems name the table, row and column.
 */
export function parseDatatilsynetTable(table: ReadTable, register: Register, lang: Language): IcoImportResult {
  const t = reportLabels(lang);
  const errors: ImportError[] = [];
  const byName = <T extends { id: string; name: string }>(list: T[]) => {
    const map = new Map(list.map((x) => [norm(x.name), x.id]));
    return (candidates: string[]): CatalogueRef => {
      for (const c of candidates) {
        const id = map.get(norm(c));
        if (id) return { id, name: c };
      }
      return { id: null, name: candidates[candidates.length - 1]! };
    };
  };
  const subjects = byName(register.dataSubjectCategories);
  const categories = byName(register.dataCategories);
  const recipients = byName(register.recipients);
  const measures = byName(register.securityMeasures);

  const activities: ActivityImport[] = [];
  for (const { row, cells: raw } of table.rows) {
    const cells = Array.from({ length: 15 }, (_, c) => (raw[c] ?? '').replace(/\r\n?/g, '\n').trim());
    if (cells.every((c) => c === '')) continue;
    const fail = (c: number, problem: ReturnType<typeof message>) =>
      errors.push(
        importProblem(table.source, row, columnLetter(c), message('xlsx.inColumn', { heading: table.headings[c] ?? '', problem })),
      );

    const name = cells[C.name]!;
    if (name === '') fail(C.name, message('validation.required'));
    const status = parseStatus(cells[C.status]!);
    if (isError(status)) fail(C.status, status.error);
    const lastReviewed = cells[C.lastReviewed] === '' ? null : readDate(cells[C.lastReviewed]!);
    if (cells[C.lastReviewed] !== '' && lastReviewed === null) fail(C.lastReviewed, message('validation.date'));

    // a) The controller, representative and DPO belong to the organisation; joint controllers and the arrangement to the activity.
    const joint: CatalogueRef[] = [];
    const arrangement: string[] = [];
    for (const line of splitLines(cells[C.contact]!)) {
      if (line.startsWith(`${t.jointController}: `)) {
        for (const n of line.slice(t.jointController.length + 2).split(', ')) joint.push(recipients(nameCandidates(n)));
      } else if (![t.controller, t.representative, t.dpo].some((label) => line.startsWith(`${label}: `))) arrangement.push(line);
    }

    // b) Each purpose with its legal bases ("purpose: basis; basis").
    const purposes: PurposeImport[] = splitLines(cells[C.purposes]!).map((description) => ({
      description,
      art6Basis: null,
      art9Condition: null,
      art10Ground: null,
      cprGround: null,
      nationalProvision: null,
      legitimateInterest: null,
      legitimateInterestAssessmentRef: null,
      consentRecordRef: null,
    }));
    for (const line of splitLines(cells[C.bases]!)) {
      const purpose = [...purposes]
        .sort((a, b) => b.description.length - a.description.length)
        .find((p) => line.startsWith(`${p.description}: `));
      if (!purpose) {
        fail(C.bases, message('xlsx.basisWithoutPurpose', { value: line }));
        continue;
      }
      const national: string[] = [];
      for (const part of line.slice(purpose.description.length + 2).split('; ')) {
        if (part === t.notRecorded) continue;
        const art6 = parseArt6(part);
        const art9 = parseArt9(part);
        if (art6 && !isError(art6)) purpose.art6Basis = art6;
        else if (art9 && !isError(art9)) purpose.art9Condition = art9;
        else if (art10FromLabel(part)) purpose.art10Ground = art10FromLabel(part)!;
        else if (cprFromLabel(part)) purpose.cprGround = cprFromLabel(part)!;
        else national.push(part);
      }
      purpose.nationalProvision = national.length > 0 ? national.join('; ') : null;
    }

    // c) Categories of personal data: "name" or "name (sensitivity[: special kind])".
    const dataCategoryRefs = splitLines(cells[C.categories]!).map((line) => {
      const { name: bare, inside } = bracketed(line);
      const sensitivity = inside ? sensitivityFromLabel(inside.split(': ')[0]!) : undefined;
      return categories(sensitivity ? [line, bare] : [line]);
    });
    // f) Erasure: free text, then "• category: period – note".
    const retention = splitBullets(cells[C.retention]!);
    const limits = retention.bullets.map((b) =>
      parseRetention(
        b,
        dataCategoryRefs.map((r) => r.name),
      ),
    );
    for (const l of limits) if (isError(l)) fail(C.retention, l.error);

    // d) Recipients: "name (role[, country])".
    const activityRecipients = splitLines(cells[C.recipients]!).map((line) => {
      const { name: bare, inside } = bracketed(line);
      const role = inside ? roleFromLabel(inside.split(', ')[0]!) : undefined;
      if (!role) fail(C.recipients, message('xlsx.notRole', { value: line }));
      return { recipient: recipients(role ? [line, bare] : [line]), role: role ?? 'processor' };
    });

    // Linkage: "category → data subjects → recipient" (or "not disclosed").
    const dataLinks = splitLines(cells[C.linkage]!).map((line) => {
      const [category = '', subject = '', to = ''] = line.split(' → ');
      return { category: categories([category]), subject: subjects([subject]), recipient: to === t.noRecipient ? null : recipients([to]) };
    });

    // g) Security: free text, then "• measure".
    const security = splitBullets(cells[C.security]!);
    activities.push({
      rows: [row],
      name,
      reference: cells[C.reference] || null,
      status: status && !isError(status) ? status : 'active',
      owner: cells[C.owner] || null,
      lastReviewedOn: lastReviewed,
      jointControllerArrangement: arrangement.length > 0 ? arrangement.join('\n') : null,
      securityDescription: security.text,
      retentionSummary: retention.text,
      purposes,
      dataSubjects: splitLines(cells[C.subjects]!).map((n) => subjects([n])),
      dataCategories: dataCategoryRefs.map((category) => {
        const limit = limits.find((l) => !isError(l) && norm(l.name) === norm(category.name));
        return {
          category,
          retentionMonths: limit && !isError(limit) ? limit.months : null,
          retentionText: limit && !isError(limit) ? limit.text : null,
        };
      }),
      // A joint controller is named in a) and again, with its role, among the recipients: once is enough.
      recipients: uniqueRecipients([
        ...activityRecipients,
        ...joint.map((recipient) => ({ recipient, role: 'joint_controller' as const })),
      ]),
      dataLinks,
      securityMeasures: security.bullets.map((n) => measures([n])),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, activities };
}
