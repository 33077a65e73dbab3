import type { ProcessorActivity } from '../../../shared/schemas/entities';
import { countryName, isThirdCountry } from '../labels/format';
import { sectionHeading } from './activity-section';
import { itemHeading, labelValue, paragraph } from './engine/blocks';
import { orNotRecorded, type ReportContext, type TocEntry } from './report-context';

/** One category of processing carried out for a controller, with Art 30(2)(a)–(d) in order. */
export function renderProcessorActivity(ctx: ReportContext, item: ProcessorActivity, entry: TocEntry): void {
  const { flow, t, v, organisation: org } = ctx;
  flow.gap(18);
  sectionHeading(ctx, entry, `${t.status}: ${v.status(item.status)}`);
  const items = t.processorItems;

  itemHeading(flow, 'a', items.a);
  const processor = org
    ? `${org.name}${org.registrationNumber ? `, ${t.registrationNumber} ${org.registrationNumber}` : ''} (${t.contactOnCover})`
    : null;
  labelValue(flow, t.processor, orNotRecorded(ctx, processor));
  labelValue(flow, t.processorRepresentative, orNotRecorded(ctx, org?.euRepresentativeName));
  const dpo = org?.dpoName ? [org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(', ') : null;
  labelValue(flow, t.processorDpo, orNotRecorded(ctx, dpo));
  labelValue(flow, t.controller, item.controllerName);
  labelValue(flow, t.controllerContact, orNotRecorded(ctx, item.controllerContact));
  labelValue(flow, t.controllerRepresentative, orNotRecorded(ctx, item.controllerRepresentative));
  labelValue(flow, t.controllerDpo, orNotRecorded(ctx, item.controllerDpo));

  itemHeading(flow, 'b', items.b);
  paragraph(flow, item.categoriesOfProcessing);

  itemHeading(flow, 'c', items.c);
  if (item.thirdCountries.length === 0 && !item.transferSafeguards) {
    paragraph(flow, { text: t.noTransfers, tone: 'muted' });
  } else {
    const countries = item.thirdCountries.map((c) => {
      const name = countryName(c, t.lang);
      return isThirdCountry(c) ? `${name} (${t.thirdCountry})` : name;
    });
    labelValue(flow, t.country, countries.length > 0 ? countries.join(', ') : orNotRecorded(ctx, null));
    labelValue(flow, t.safeguards, orNotRecorded(ctx, item.transferSafeguards));
  }

  itemHeading(flow, 'd', items.d);
  labelValue(flow, t.securityDescription, orNotRecorded(ctx, item.securityDescription));
}
