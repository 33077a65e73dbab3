import { describe, expect, it } from 'vitest';
import type { DataSensitivity } from '../../../shared/vocab';
import { fired, firesOn } from '../testing/findings';
import { type ActivityInput, registerBuilder } from '../testing/register-builder';

function activityWith(patch: ActivityInput, sensitivity?: DataSensitivity) {
  const b = registerBuilder();
  if (sensitivity) {
    b.dataCategory({ id: 'cat-x', name: 'Følsomme oplysninger', sensitivity });
    patch = { ...patch, dataCategories: [{ dataCategoryId: 'cat-x', retentionMonths: 12, retentionText: null }] };
    patch.dataLinks = [{ id: 'l1', dataCategoryId: 'cat-x', subjectCategoryId: 'subj-customers', recipientId: null }];
  }
  b.activity({ id: 'a', name: 'Sygefravær', ...patch });
  return b;
}

describe('LB-MISSING', () => {
  it('fires for an active entry without an Art 6(1) basis, from 25 May 2018', () => {
    const r = activityWith({ purposes: [{ art6Basis: null }] }).build();
    expect(firesOn(r, 'LB-MISSING', ['2018-05-24', '2018-05-25'])).toEqual([false, true]);
    expect(fired(r, 'LB-MISSING', '2026-11-25')[0].uncertain).toBe(true);
  });

  it('is quiet for planned entries and entries with a basis', () => {
    expect(fired(activityWith({ status: 'planned', purposes: [{ art6Basis: null }] }).build(), 'LB-MISSING', '2026-11-25')).toHaveLength(0);
    expect(fired(activityWith({}).build(), 'LB-MISSING', '2026-11-25')).toHaveLength(0);
  });
});

describe('LB-ART9-MISSING, LB-CPR, LB-ART10', () => {
  it('fire for special, CPR and criminal data without their grounds', () => {
    const special = fired(activityWith({}, 'special').build(), 'LB-ART9-MISSING', '2026-11-25');
    expect(special[0].severity).toBe('HIGH');
    expect(special[0].message.da).toContain('Følsomme oplysninger');
    expect(fired(activityWith({}, 'cpr').build(), 'LB-CPR', '2026-11-25')).toHaveLength(1);
    expect(fired(activityWith({}, 'criminal').build(), 'LB-ART10', '2026-11-25')).toHaveLength(1);
  });

  it('are quiet when a purpose records the ground', () => {
    expect(fired(activityWith({ purposes: [{ art9Condition: 'b' }] }, 'special').build(), 'LB-ART9-MISSING', '2026-11-25')).toHaveLength(0);
    expect(fired(activityWith({ purposes: [{ cprGround: 'dbl11_2_1' }] }, 'cpr').build(), 'LB-CPR', '2026-11-25')).toHaveLength(0);
    expect(
      fired(activityWith({ purposes: [{ art10Ground: 'dbl8_3_consent' }] }, 'criminal').build(), 'LB-ART10', '2026-11-25'),
    ).toHaveLength(0);
    expect(fired(activityWith({}, 'ordinary').build(), 'LB-ART9-MISSING', '2026-11-25')).toHaveLength(0);
  });
});

describe('LB-PUBLIC-6F', () => {
  it('fires for a public authority relying on legitimate interests', () => {
    const b = activityWith({ purposes: [{ art6Basis: 'f' }] });
    b.organisation({ controllerType: 'public_authority' });
    expect(fired(b.build(), 'LB-PUBLIC-6F', '2026-11-25')).toHaveLength(1);
    expect(fired(activityWith({ purposes: [{ art6Basis: 'f' }] }).build(), 'LB-PUBLIC-6F', '2026-11-25')).toHaveLength(0);
  });
});

describe('TOOL-TRACKER-BASIS', () => {
  it('fires when Google Analytics is used and no purpose relies on consent', () => {
    const b = activityWith({ purposes: [{ art6Basis: 'f' }] });
    b.processor({ id: 'ga', name: 'Google', country: 'IE', tools: ['tool_ga'] });
    b.transfer({ activityId: 'a', recipientId: 'ga', mechanism: 'not_a_transfer' });
    const [f] = fired(b.build(), 'TOOL-TRACKER-BASIS', '2026-11-25');
    expect(f.message.en).toContain('Google Analytics');
    expect(f.uncertain).toBe(true);
  });

  it('is quiet with consent', () => {
    const b = activityWith({ purposes: [{ art6Basis: 'a' }] });
    b.processor({ id: 'ga', name: 'Google', country: 'IE', tools: ['tool_ga'] });
    b.transfer({ activityId: 'a', recipientId: 'ga', mechanism: 'not_a_transfer' });
    expect(fired(b.build(), 'TOOL-TRACKER-BASIS', '2026-11-25')).toHaveLength(0);
  });
});

describe('TOOL-PIXEL-JOINT', () => {
  function pixel(arrangement: string | null) {
    const b = activityWith({
      purposes: [{ art6Basis: 'a' }],
      jointControllerArrangement: arrangement,
      recipients: [{ recipientId: 'fb', role: 'joint_controller', purpose: null }],
    });
    b.recipient({ id: 'fb', name: 'Meta Platforms Ireland', role: 'joint_controller', country: 'IE', tools: ['tool_pixel'] });
    return b.build();
  }

  it('fires from Fashion ID (29 Jul 2019) when no Art 26 arrangement is recorded', () => {
    expect(firesOn(pixel(null), 'TOOL-PIXEL-JOINT', ['2019-07-28', '2019-07-29', '2019-07-30'])).toEqual([false, true, true]);
    expect(fired(pixel(null), 'TOOL-PIXEL-JOINT', '2026-11-25')[0].message.en).toContain('Meta Platforms Ireland');
  });

  it('is quiet with an arrangement', () => {
    expect(fired(pixel('Controller addendum med Meta, 2023'), 'TOOL-PIXEL-JOINT', '2026-11-25')).toHaveLength(0);
  });
});
