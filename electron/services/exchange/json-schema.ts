import { z } from 'zod';
import { REGISTER_FORMAT_VERSION, registerSchema } from '../../shared/schemas/register';

/**
 * The exchange format as JSON Schema, generated from the same zod schemas the import uses.
 * Committed and shipped at resourcePath('registerSchema'); a test keeps the file equal to this.
 */
export function registerJsonSchema(): string {
  const schema = z.toJSONSchema(registerSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    $id: `https://ropa-desk.local/schema/register-v${REGISTER_FORMAT_VERSION}.json`,
    title: 'ROPA Desk register',
    description:
      'The whole GDPR Article 30 register of ROPA Desk as one JSON document. References between lists (ids) are checked on import in addition to this schema.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
