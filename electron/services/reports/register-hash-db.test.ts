import { afterEach, describe, expect, it } from 'vitest';
import { readRegister } from '../../../db/queries/register-export';
import { writeRegister } from '../../../db/queries/register-import';
import { buildExampleRegister } from '../../../db/seed/example-register';
import { createTestDb } from '../../../db/testing/create-test-db';
import type { Register } from '../../shared/schemas/register';
import { registerContentHash, registerHashFromDatabase } from './register-hash';
import { buildFixtureRegister } from './testing/fixture';

const opened: ReturnType<typeof createTestDb>[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.dispose();
});

function stored(register: Register) {
  const db = createTestDb();
  opened.push(db);
  writeRegister(db.db, register, '2026-11-25T10:00:00.000Z', { replace: true });
  return db;
}

/** Ids whose order differs between byte order, case-insensitive and locale order. */
function withAwkwardIds(register: Register): Register {
  const rename = new Map(
    register.activities.map((a, i) => [a.id, ['Ø-act', 'a-act', 'B-act', 'z-act', 'Å-act', 'æ-act', '10-act', '9-act'][i] ?? a.id]),
  );
  const id = (x: string | null) => (x === null ? null : (rename.get(x) ?? x));
  return {
    ...register,
    activities: register.activities.map((a) => ({ ...a, id: id(a.id)! })),
    transfers: register.transfers.map((t) => ({ ...t, activityId: id(t.activityId) })),
  };
}

describe('registerHashFromDatabase', () => {
  it.each([
    ['the fixture register', buildFixtureRegister()],
    ['the example register', buildExampleRegister()],
    ['a register with awkward ids', withAwkwardIds(buildFixtureRegister())],
  ])('reads %s a batch at a time and gives the hash of readRegister', (_name, register) => {
    const db = stored(register);
    const whole = readRegister(db.db);
    expect(registerHashFromDatabase(db.db)).toBe(registerContentHash(whole));
    expect(registerHashFromDatabase(db.db)).toBe(registerContentHash(register));
  });

  it('changes when one activity changes', () => {
    const register = buildFixtureRegister();
    const before = registerHashFromDatabase(stored(register).db);
    const changed = { ...register, activities: register.activities.map((a, i) => (i === 0 ? { ...a, notes: 'Ændret' } : a)) };
    expect(registerHashFromDatabase(stored(changed).db)).not.toBe(before);
  });
});
