import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityFieldsSchema, dpaSchema, recipientSchema, transferSchema } from '../schemas/entities';
import { acknowledgeInput } from '../schemas/inputs';
import { isoDate } from '../schemas/primitives';
import { renderMessage } from './message';
import { translator } from './translate';
import { installZodMessages, issueMessage } from './zod-messages';

const first = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) throw new Error('expected a refusal');
  return r.error.issues[0]!;
};

afterEach(() => installZodMessages(translator('en')));

describe('zod issues worded from the catalogue', () => {
  it('names the rule each kind of issue broke, from the issue’s data and never its English wording', () => {
    const cases: [z.ZodType, unknown, string, object?][] = [
      [activityFieldsSchema.shape.name, '   ', 'validation.required'],
      [activityFieldsSchema.shape.name, undefined, 'validation.required'],
      [activityFieldsSchema.shape.name, 42, 'validation.type', { expected: 'string' }],
      [activityFieldsSchema.shape.name, 'x'.repeat(501), 'validation.maxLength', { max: 500 }],
      [isoDate, '1.5.2024', 'validation.date'],
      [isoDate, '2023-02-30', 'validation.realDate'],
      [recipientSchema.shape.country, 'zz', 'validation.countryOrOrganisation'],
      [activityFieldsSchema.shape.processingJurisdiction, 'DNK', 'validation.country'],
      [activityFieldsSchema.shape.status, 'gone', 'validation.choose'],
      [transferSchema.shape.sccModule, 7, 'validation.choose'],
      [dpaSchema.shape.noticePeriodDays, -1, 'validation.min', { min: 0 }],
      [dpaSchema.shape.noticePeriodDays, 1.5, 'validation.integer'],
      [acknowledgeInput.shape.justification, 'too short', 'validation.justificationShort'],
      [z.object({ a: z.string() }).strict(), { a: 'x', b: 1 }, 'validation.unknownKeys', { keys: 'b' }],
    ];
    for (const [schema, value, key, params] of cases) {
      const issue = first(schema, value);
      expect(issueMessage(issue), `${key} for ${JSON.stringify(value)}`).toEqual(params ? { key, params } : { key });
      // The same issue with another wording (as a zod upgrade might bring) gives the same message.
      expect(issueMessage({ ...issue, message: 'Ungültige Eingabe' } as typeof issue)).toEqual(issueMessage(issue));
    }
  });

  it('words every issue in the language zod is configured with (z.config), as the renderer does on a language switch', () => {
    const schema = z.object({ name: activityFieldsSchema.shape.name, on: isoDate });
    installZodMessages(translator('da'));
    expect(schema.safeParse({ name: '', on: '2023-02-30' }).error?.issues.map((i) => i.message)).toEqual([
      'Skal udfyldes',
      'Datoen findes ikke i kalenderen',
    ]);
    installZodMessages(translator('en'));
    expect(schema.safeParse({ name: '', on: '2023-02-30' }).error?.issues.map((i) => i.message)).toEqual([
      'Required',
      'This date does not exist in the calendar',
    ]);
  });

  it('renders values into the words', () => {
    const issue = first(activityFieldsSchema.shape.name, 'x'.repeat(501));
    expect(renderMessage(translator('da'), issueMessage(issue))).toBe('Højst 500 tegn');
    expect(renderMessage(translator('en'), issueMessage(issue))).toBe('At most 500 characters');
  });
});
