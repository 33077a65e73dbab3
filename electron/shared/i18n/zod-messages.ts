import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type Message, type MessageParams, message, renderMessage } from './message';

/** A zod issue as an error map receives it, or as a parse returns it (then parsed with `reportInput`). */
type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/**
 * What a custom check says when it fails: its catalogue key and values, given as the check's
 * params (`.refine(fn, { params: checkParams('validation.realDate') })`), so the words live in the
 * catalogue and not in the schema.
 */
export function checkParams(key: Message['key'], values?: MessageParams): { key: string; values?: MessageParams } {
  return values ? { key, values } : { key };
}

/** The string formats of the contract (z.stringFormat) and the words for each. */
const formatKeys: Record<string, Message['key']> = {
  date: 'validation.date',
  datetime: 'validation.dateTime',
  'country-code': 'validation.country',
  'country-or-organisation': 'validation.countryOrOrganisation',
};

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null;
}

function sizeMessage(issue: { origin: string }, bound: number | bigint, kind: 'min' | 'max'): Message {
  const n = Number(bound);
  if (issue.origin === 'string') {
    if (kind === 'min' && n === 1) return message('validation.required');
    return kind === 'min' ? message('validation.minLength', { min: n }) : message('validation.maxLength', { max: n });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return kind === 'min' ? message('validation.minItems', { min: n }) : message('validation.maxItems', { max: n });
  }
  return kind === 'min' ? message('validation.min', { min: n }) : message('validation.max', { max: n });
}

/**
 * The catalogue message for one zod issue, from the issue's own data (its code, bounds, format
 * and params) — never from zod's English wording, so a zod upgrade cannot change what the user reads.
 */
export function issueMessage(issue: Issue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(issue.input)) return message('validation.required');
      if (issue.expected === 'int') return message('validation.integer');
      if (issue.expected === 'number') return message('validation.number');
      return message('validation.type', { expected: String(issue.expected) });
    case 'too_small':
      return sizeMessage(issue, issue.minimum, 'min');
    case 'too_big':
      return sizeMessage(issue, issue.maximum, 'max');
    case 'invalid_format':
      return { key: formatKeys[issue.format] ?? 'validation.invalid' };
    case 'invalid_value':
      return message('validation.choose');
    case 'unrecognized_keys':
      return message('validation.unknownKeys', { keys: issue.keys.join(', ') });
    case 'invalid_union': {
      // A closed list written as a union of literals (the SCC module) fails each branch with invalid_value.
      const branches = 'errors' in issue ? issue.errors : [];
      const allValues = branches.length > 0 && branches.every((b) => b.every((i) => i.code === 'invalid_value'));
      return message(allValues ? 'validation.choose' : 'validation.invalid');
    }
    case 'custom': {
      const params = issue.params as { key?: unknown; values?: MessageParams } | undefined;
      return typeof params?.key === 'string'
        ? { key: params.key, ...(params.values ? { params: params.values } : {}) }
        : message('validation.invalid');
    }
    default:
      return message('validation.invalid');
  }
}

/** zod's error customisation: an error map that words every issue from the catalogue in the language of `t`. */
export function zodErrorMap(t: TFunction): (issue: z.core.$ZodRawIssue) => string {
  return (issue) => renderMessage(t, issueMessage(issue));
}

/**
 * Makes zod word its issues from the catalogue (z.config's locale map). The renderer passes a `t`
 * that follows the UI language; Node-side code passes the English translator, for logs and messages
 * that are not rendered again.
 */
export function installZodMessages(t: TFunction): void {
  z.config({ localeError: zodErrorMap(t) });
}
