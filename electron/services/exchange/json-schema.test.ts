import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resourcePath } from '../resource-paths';
import { registerJsonSchema } from './json-schema';

describe('register JSON Schema', () => {
  it('is committed and equal to what the zod schemas generate (run npm run schema:generate)', () => {
    expect(fs.readFileSync(resourcePath('registerSchema'), 'utf8')).toBe(registerJsonSchema());
  });
});
