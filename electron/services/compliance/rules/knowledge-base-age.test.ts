import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { defaultKnowledgeBase } from '../knowledge-base';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

describe('KB-STALE', () => {
  const kb = defaultKnowledgeBase();
  const register = registerBuilder().build();
  const limit = kb.files.rules.params.kb_max_age_days.default;
  const lastQuiet = addDays(kb.asOf, limit);

  it('fires once the knowledge base is more than kb_max_age_days old on the check date', () => {
    expect(firesOn(register, 'KB-STALE', [lastQuiet, addDays(lastQuiet, 1), addDays(lastQuiet, 2)])).toEqual([false, true, true]);
    expect(fired(register, 'KB-STALE', kb.asOf)).toHaveLength(0);
  });

  it('names the version, its date and its age in both languages', () => {
    const [f] = fired(register, 'KB-STALE', addDays(lastQuiet, 1));
    expect(f.severity).toBe('MEDIUM');
    expect(f.entity.type).toBe('organisation');
    expect(f.message.en).toContain(kb.version);
    expect(f.message.en).toContain(`${limit + 1} days old`);
    expect(f.message.da).toContain(`${limit + 1} dage gammel`);
  });

  it('follows a register setting for the limit', () => {
    const strict = registerBuilder().setting('kb_max_age_days', 10).build();
    expect(firesOn(strict, 'KB-STALE', [addDays(kb.asOf, 10), addDays(kb.asOf, 11)])).toEqual([false, true]);
  });
});
