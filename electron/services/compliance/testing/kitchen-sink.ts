import type { Register } from '../../../shared/schemas/register';
import { registerBuilder } from './register-builder';

/**
 * A register with something wrong in nearly every corner: old and invalid transfer tools,
 * DPF cases, sub-processor chains, outdated references, missing content. Used to check the
 * finding shape and the engine's conventions across many rules at once.
 */
export function kitchenSinkRegister(): Register {
  const b = registerBuilder({ asOf: '2024-01-01' });
  b.organisation({
    email: null,
    address: null,
    dpoAppointed: true,
    actsAsProcessor: true,
    privacyNoticeText: 'Vi følger persondataloven og Privacy Shield.',
  });
  b.dataCategory({ id: 'cat-health', name: 'Helbred', sensitivity: 'special', specialKind: 'health', retentionClass: 'employee' });
  b.dataCategory({ id: 'cat-invoice', name: 'Fakturaer', retentionClass: 'accounting' });
  b.activity({
    id: 'a1',
    name: 'Personale',
    lastReviewedOn: '2019-01-01',
    legalBasisText: 'persondatalovens § 6 og direktiv 95/46/EF; børn under 13 år',
    dataCategories: [
      { dataCategoryId: 'cat-health', retentionMonths: null, retentionText: null },
      { dataCategoryId: 'cat-invoice', retentionMonths: 12, retentionText: null },
    ],
    dataLinks: [],
    purposes: [{ art6Basis: null }],
    art30_5Exempt: true,
  });
  b.activity({ id: 'a2', name: 'Gammel kampagne', status: 'ended' });
  b.activity({ id: 'a3', name: 'Arkiveret', archivedAt: '2024-01-01T00:00:00.000Z', legalBasisText: 'persondataloven' });
  b.recipient({ id: 'hub', name: 'HubSpot', legalName: 'HubSpot, Inc.', country: 'US' });
  b.recipient({ id: 'mc', name: 'MailChimp', legalName: 'The Rocket Science Group LLC', country: 'US', lastSupervisionOn: null });
  b.recipient({ id: 'gl', name: 'Nuuk Data', country: 'GL' });
  b.recipient({ id: 'gie', name: 'Google Ireland', country: 'IE', tools: ['tool_ga'] });
  b.recipient({ id: 'gllc', name: 'Google LLC', role: 'sub_processor', country: 'US', parentId: 'gie' });
  b.recipient({ id: 'nocountry', name: 'Ukendt', country: null });
  b.dpa({ recipientId: 'hub', signedOn: '2017-01-01', endOn: '2023-12-31', art28Covered: [] });
  b.transfer({ activityId: 'a1', recipientId: 'hub', mechanism: 'privacy_shield', sccModule: null, tiaOn: null, startOn: '2018-01-01' });
  b.transfer({
    activityId: 'a1',
    recipientId: 'mc',
    mechanism: 'eu_us_dpf',
    sccModule: null,
    tiaOn: null,
    startOn: '2022-01-01',
    hrData: true,
  });
  b.transfer({ activityId: 'a1', recipientId: 'gl', mechanism: 'not_a_transfer', sccModule: null });
  b.transfer({ activityId: 'a1', recipientId: 'gie', mechanism: 'scc_2021', sccModule: null });
  b.transfer({
    activityId: 'a1',
    recipientId: 'gllc',
    exporterRecipientId: 'gie',
    exporterRole: 'processor',
    mechanism: 'scc_2010_87',
    sccModule: null,
    signedOn: '2019-01-01',
    startOn: '2019-01-01',
  });
  b.transfer({ activityId: 'a1', recipientId: 'nocountry', mechanism: null, sccModule: null });
  b.transfer({
    activityId: 'a2',
    recipientId: 'hub',
    mechanism: 'safe_harbor',
    sccModule: null,
    startOn: '2012-01-01',
    endOn: '2016-01-01',
  });
  b.dpfSnapshot('2023-08-01', [{ orgName: 'Intuit Inc.', coveredEntities: ['The Rocket Science Group LLC'], dataTypes: ['non-HR'] }]);
  return b.build();
}
