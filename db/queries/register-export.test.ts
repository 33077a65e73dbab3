import { afterEach, describe, expect, it } from 'vitest';
import { realisticRegister } from '../../bench/register/realistic-register';
import { kitchenSinkRegister } from '../../electron/services/compliance/testing/kitchen-sink';
import { canonicaliseRegister, type Register, registerSchema } from '../../electron/shared/schemas/register';
import { buildExampleRegister } from '../seed/example-register';
import { createTestDb } from '../testing/create-test-db';
import { readRegister, serialiseRegister } from './register-export';
import { writeRegister } from './register-import';

let db: ReturnType<typeof createTestDb> | undefined;
afterEach(() => db?.dispose());

/** Written, then read back: the read (no zod on the way out) must be what the schema itself makes of the document. */
function roundTrip(doc: Register): { read: Register; parsed: Register } {
  db = createTestDb();
  const parsed = registerSchema.parse(canonicaliseRegister(doc));
  writeRegister(db.db, parsed, '2026-11-25T10:00:00.000Z');
  return { read: readRegister(db.db), parsed };
}

describe('readRegister without re-validation', () => {
  it.each([
    ['the example register', buildExampleRegister],
    ['the kitchen-sink register', kitchenSinkRegister],
    ['a realistic register (every field filled, documents)', () => realisticRegister({ activities: 25 })],
  ])('gives %s byte for byte as the schema would, keys in schema order', (_, build) => {
    const { read, parsed } = roundTrip(build());
    expect(serialiseRegister(read)).toBe(serialiseRegister(parsed));
    expect(serialiseRegister(read)).toBe(serialiseRegister(registerSchema.parse(read)));
  });
});
