import type { Activity } from '../../../shared/schemas/entities';
import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { collator, countryName, isThirdCountry, shortDate } from '../labels/format';
import { reportLabels } from '../labels/report-labels';
import { vocabLabels } from '../labels/vocab-labels';
import { chapterVTransfers, indexRegister, type RegisterIndex } from '../model/register-index';
import { formatRetention, lines, withBullets } from './cell-text';
import type { SheetTable } from './sheet-table';

/**
 * A Danish-style record, one row per activity, with the items of Art 30(1) in the Regulation's own
 * words as headings, plus legal basis, the Datatilsynet linkage and status. Datatilsynet's own
 * template could not be retrieved (article30.md §1.2): these columns follow the Regulation and the
 * 2020 guidance, not a verified file.
 */
export function datatilsynetHeadings(lang: Language): string[] {
  const t = reportLabels(lang);
  const item = t.controllerItems;
  return [
    t.activity,
    'Reference',
    t.status,
    t.owner,
    `a) ${item.a}`,
    `b) ${item.b}`,
    t.legalBasis,
    `c) ${t.subjectCategories}`,
    `c) ${lang === 'da' ? 'Kategorier af personoplysninger' : 'Categories of personal data'}`,
    `d) ${item.d}`,
    t.linkageTitle,
    `e) ${item.e}`,
    `f) ${item.f}`,
    `g) ${item.g}`,
    t.lastReviewed,
  ];
}

function row(ix: RegisterIndex, a: Activity, lang: Language): string[] {
  const t = reportLabels(lang);
  const v = vocabLabels(lang);
  const org = ix.register.organisation;
  const recipientName = (id: string) => ix.recipients.get(id)?.name ?? id;
  const categoryName = (id: string) => ix.dataCategories.get(id)?.name ?? id;
  const subjectName = (id: string) => ix.subjects.get(id)?.name ?? id;

  const joint = a.recipients.filter((r) => r.role === 'joint_controller').map((r) => recipientName(r.recipientId));
  const contact = lines([
    org
      ? `${t.controller}: ${[org.name, org.registrationNumber && `${t.registrationNumber} ${org.registrationNumber}`, org.email, org.phone].filter(Boolean).join(', ')}`
      : null,
    joint.length > 0 ? `${t.jointController}: ${joint.join(', ')}` : null,
    a.jointControllerArrangement,
    org?.euRepresentativeName ? `${t.representative}: ${org.euRepresentativeName}` : null,
    org?.dpoName ? `${t.dpo}: ${[org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(', ')}` : null,
  ]);
  const bases = a.purposes.map((p) => {
    const parts = [
      p.art6Basis && v.art6(p.art6Basis),
      p.art9Condition && v.art9(p.art9Condition),
      p.art10Ground && v.art10(p.art10Ground),
      p.cprGround && v.cpr(p.cprGround),
      p.nationalProvision,
    ];
    return `${p.description}: ${parts.filter(Boolean).join('; ') || t.notRecorded}`;
  });
  const categories = a.dataCategories.map((c) => {
    const cat = ix.dataCategories.get(c.dataCategoryId);
    if (!cat || cat.sensitivity === 'ordinary') return categoryName(c.dataCategoryId);
    return `${cat.name} (${v.sensitivity(cat.sensitivity)}${cat.specialKind ? `: ${v.specialKind(cat.specialKind)}` : ''})`;
  });
  const recipients = a.recipients.map((r) => {
    const rec = ix.recipients.get(r.recipientId);
    const country = rec?.country ? `, ${countryName(rec.country, lang)}${isThirdCountry(rec.country) ? ` (${t.thirdCountry})` : ''}` : '';
    return `${recipientName(r.recipientId)} (${v.role(r.role)}${country})`;
  });
  const compare = collator(lang).compare;
  const linkage = [
    ...new Set(
      a.dataLinks.map(
        (l) =>
          `${categoryName(l.dataCategoryId)} → ${subjectName(l.subjectCategoryId)} → ${l.recipientId ? recipientName(l.recipientId) : t.noRecipient}`,
      ),
    ),
  ].sort(compare);
  const transfers = chapterVTransfers(ix.transfersByActivity.get(a.id)).map((tr) => {
    const country = tr.country ? countryName(tr.country, lang) : t.notRecorded;
    const mechanism = tr.mechanism ? v.mechanism(tr.mechanism) : t.notRecorded;
    const safeguards = [tr.safeguardsText, tr.art49Assessment].filter(Boolean).join('; ');
    return `${recipientName(tr.recipientId)}, ${country}: ${mechanism}${safeguards ? ` – ${safeguards}` : ''}`;
  });
  const retention = withBullets(
    a.retentionSummary,
    a.dataCategories
      .filter((c) => c.retentionMonths !== null || c.retentionText)
      .map((c) => formatRetention({ name: categoryName(c.dataCategoryId), months: c.retentionMonths, text: c.retentionText }, lang)),
  );
  const security = withBullets(
    a.securityDescription,
    a.securityMeasureIds.map((id) => ix.measures.get(id)?.name ?? id),
  );
  return [
    a.name,
    a.reference ?? '',
    v.status(a.status),
    a.owner ?? '',
    contact,
    lines(a.purposes.map((p) => p.description)),
    lines(bases),
    lines(a.dataSubjectIds.map(subjectName)),
    lines(categories),
    lines(recipients),
    lines(linkage),
    lines(transfers),
    retention,
    security,
    a.lastReviewedOn ? shortDate(a.lastReviewedOn, lang) : '',
  ];
}

export function datatilsynetTable(register: Register, lang: Language): SheetTable {
  const ix = indexRegister(register, lang);
  return { headings: datatilsynetHeadings(lang), rows: ix.activities.map((a) => row(ix, a, lang)) };
}
