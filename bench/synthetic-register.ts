import { buildExampleRegister } from '../db/seed/example-register';
import type { Activity, Recipient, Transfer } from '../electron/shared/schemas/entities';
import { canonicaliseRegister, type Register } from '../electron/shared/schemas/register';
import { transferMechanisms } from '../electron/shared/vocab';

const AT = '2026-01-01T00:00:00.000Z';
const COUNTRIES = ['US', 'GB', 'IN', 'DE', 'SE', 'GL', 'FO', 'JP', 'CA', 'BR', null] as const;

/**
 * A deterministic register of the given size, grown from the example register's catalogues:
 * `activities` activities and `transfers` transfers spread over `recipients` (default 200) recipients.
 */
export function syntheticRegister({
  activities,
  transfers,
  recipients: recipientCount = 200,
}: {
  activities: number;
  transfers: number;
  recipients?: number;
}): Register {
  const base = buildExampleRegister();
  const recipients: Recipient[] = Array.from({ length: recipientCount }, (_, i) => ({
    ...base.recipients[i % base.recipients.length]!,
    id: `rcp-s${String(i).padStart(4, '0')}`,
    name: `Leverandør ${i} ApS`,
    country: COUNTRIES[i % COUNTRIES.length] ?? null,
    parentId: null,
  }));
  const template = base.activities[0]!;
  const acts: Activity[] = Array.from({ length: activities }, (_, i) => {
    const id = `act-s${String(i).padStart(6, '0')}`;
    const recipientId = recipients[i % recipients.length]!.id;
    return {
      ...template,
      id,
      reference: `S-${i}`,
      name: `Behandlingsaktivitet ${i} — ${['løn', 'kursus', 'nyhedsbrev', 'rekruttering', 'økonomi'][i % 5]}`,
      status: i % 10 === 0 ? 'ended' : 'active',
      purposes: template.purposes.map((p, j) => ({ ...p, id: `${id}-p${j}` })),
      recipients: [{ recipientId, role: 'processor', purpose: null }],
      dataLinks: template.dataLinks.slice(0, 2).map((l, j) => ({ ...l, id: `${id}-l${j}`, recipientId: j === 0 ? null : recipientId })),
    };
  });
  const trfs: Transfer[] = Array.from({ length: transfers }, (_, i) => {
    const activity = acts[i % acts.length]!;
    const recipient = recipients[(i * 7) % recipients.length]!;
    return {
      ...base.transfers[0]!,
      id: `trf-s${String(i).padStart(7, '0')}`,
      activityId: activity.id,
      recipientId: recipient.id,
      country: recipient.country,
      mechanism: transferMechanisms[i % transferMechanisms.length]!,
      startOn: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-15`,
      endOn: i % 5 === 0 ? '2024-06-30' : null,
    };
  });
  return canonicaliseRegister({
    ...base,
    recipients: [...base.recipients, ...recipients],
    activities: acts,
    transfers: trfs,
    dpas: base.dpas,
    settings: [{ key: 'bench', value: true, updatedAt: AT }],
  });
}
