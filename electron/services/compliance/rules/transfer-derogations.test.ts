import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function derogation(patch: Partial<Transfer>) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Kursusrejser' });
  b.recipient({ id: 'r', name: 'Hotel Mumbai', role: 'independent_controller', country: 'IN' });
  b.transfer({
    activityId: 'a',
    recipientId: 'r',
    sccModule: null,
    tiaOn: null,
    importerRole: 'controller',
    frequency: 'occasional',
    ...patch,
  });
  return b.build();
}

describe('TR-ART49-SYSTEMATIC', () => {
  it('fires for a regular or continuous transfer on an Art 49(1) derogation, from EDPB Guidelines 2/2018', () => {
    const r = derogation({ mechanism: 'art49_1b', frequency: 'regular', startOn: '2018-01-01' });
    expect(firesOn(r, 'TR-ART49-SYSTEMATIC', ['2018-05-24', '2018-05-25', '2018-05-26'])).toEqual([false, true, true]);
    expect(fired(r, 'TR-ART49-SYSTEMATIC', '2026-11-25')[0].message.en).toContain('regular or continuous');
  });

  it('fires for a processor relationship', () => {
    const [f] = fired(derogation({ mechanism: 'art49_1a', importerRole: 'processor' }), 'TR-ART49-SYSTEMATIC', '2026-11-25');
    expect(f.message.en).toContain('processor in an established relationship');
  });

  it('is quiet for an occasional transfer to a controller', () => {
    expect(fired(derogation({ mechanism: 'art49_1b' }), 'TR-ART49-SYSTEMATIC', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-ART49-2ND-DOC', () => {
  it('lists what the record lacks', () => {
    const [f] = fired(derogation({ mechanism: 'art49_2nd' }), 'TR-ART49-2ND-DOC', '2026-11-25');
    expect(f.severity).toBe('HIGH');
    expect(f.message.da).toContain('den dokumenterede vurdering, de passende garantier og oplysning om, at Datatilsynet er underrettet');
  });

  it('is quiet when assessment, safeguards and the notice to the SA are recorded', () => {
    const done = derogation({
      mechanism: 'art49_2nd',
      art49Assessment: 'Vurdering',
      safeguardsText: 'Pseudonymisering',
      art49SaInformedOn: '2024-01-01',
    });
    expect(fired(done, 'TR-ART49-2ND-DOC', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-BCR-NOREF', () => {
  it('asks for the approval when it is missing', () => {
    expect(fired(derogation({ mechanism: 'bcr', tiaOn: '2024-01-01' }), 'TR-BCR-NOREF', '2026-11-25')[0].message.en).toContain(
      'the approving supervisory authority and the approval date',
    );
    const approved = derogation({ mechanism: 'bcr', tiaOn: '2024-01-01', bcrApprovingAuthority: 'CNIL', bcrApprovedOn: '2019-05-01' });
    expect(fired(approved, 'TR-BCR-NOREF', '2026-11-25')).toHaveLength(0);
  });
});
