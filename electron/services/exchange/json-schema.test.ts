import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTER_SCHEMA_PATH, registerJsonSchema } from './json-schema';

describe('register JSON Schema', () => {
  it('is committed and equal to what the zod schemas generate (run npm run schema:generate)', () => {
    expect(fs.readFileSync(REGISTER_SCHEMA_PATH, 'utf8')).toBe(registerJsonSchema());
  });
});
