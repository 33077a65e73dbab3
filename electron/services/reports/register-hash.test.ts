import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, registerContentHash } from './register-hash';
import { buildFixtureRegister } from './testing/fixture';

describe('registerContentHash', () => {
  it('is the SHA-256 of the canonical JSON: keys sorted, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'ø', c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":"ø"}],"b":1}');
    const register = buildFixtureRegister();
    expect(registerContentHash(register)).toBe(createHash('sha256').update(canonicalJson(register)).digest('hex'));
  });

  it('ignores key order and list order, and changes with the content', () => {
    const register = buildFixtureRegister();
    const hash = registerContentHash(register);
    const reordered = { ...register, activities: [...register.activities].reverse() };
    const keysReversed = Object.fromEntries(Object.entries(register).reverse()) as typeof register;
    expect(registerContentHash(reordered)).toBe(hash);
    expect(registerContentHash(keysReversed)).toBe(hash);
    const changed = { ...register, organisation: { ...register.organisation!, name: 'Jensens Kurser ApS' } };
    expect(registerContentHash(changed)).not.toBe(hash);
  });
});
