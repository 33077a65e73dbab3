import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activityFieldsSchema } from '../../../electron/shared/schemas/entities';
import { isoDate } from '../../../electron/shared/schemas/primitives';
import { localisedResolver, localiseMessage } from './validation-messages';

// A stand-in t that shows which key and values were asked for.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('validation messages', () => {
  it('puts the contract schemas’ own messages into the UI language', () => {
    const name = activityFieldsSchema.shape.name.safeParse('  ');
    expect(localiseMessage(name.error!.issues[0]!.message, t)).toBe('validation.required');
    expect(localiseMessage(isoDate.safeParse('1.5.2024').error!.issues[0]!.message, t)).toBe('validation.date');
    expect(localiseMessage(isoDate.safeParse('2023-02-30').error!.issues[0]!.message, t)).toBe('validation.realDate');
    expect(localiseMessage('Name is at most 500 characters', t)).toBe('validation.maxLength:{"max":500}');
    expect(localiseMessage('Something new', t)).toBe('Something new');
  });

  it('localises every error a resolver returns, keyed by form path', () => {
    const resolve = localisedResolver(z.object({ name: activityFieldsSchema.shape.name, on: isoDate }), t);
    expect(resolve({ name: '', on: '2023-02-30' })).toEqual({ name: 'validation.required', on: 'validation.realDate' });
  });
});
