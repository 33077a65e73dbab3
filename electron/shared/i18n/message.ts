import type { ParseKeys, TFunction } from 'i18next';

/** A key of the catalogue (electron/shared/i18n/<lang>/*.json), checked by the type checker. */
export type MessageKey = ParseKeys;

/** A value for a {{placeholder}}: text, a number, or another message rendered in the same language. */
export type MessageParam = string | number | Message;
export type MessageParams = Record<string, MessageParam>;

/**
 * A sentence that crosses a boundary as data: a catalogue key and its values. The services never
 * choose the user's language; each front end (the app, the CLI) renders the message in its own.
 */
export interface Message {
  key: string;
  params?: MessageParams;
}

/** Builds a message with a key the type checker knows (or a built key, checked by the catalogue tests). */
export function message(key: MessageKey | `${string}.${string}`, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';
}

/**
 * Looks up a key known only at run time (built from a value, or carried by a message). The type
 * checker cannot prove such a key exists; the catalogue tests do, for every key the code can build.
 */
export function lookup(t: TFunction, key: string, values?: Record<string, unknown>): string {
  return (values ? t(key as never, values as never) : t(key as never)) as unknown as string;
}

/** The message in the language of `t`; nested messages among the values are rendered first. */
export function renderMessage(t: TFunction, m: Message): string {
  if (!m.params) return lookup(t, m.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params)) values[name] = isMessage(value) ? renderMessage(t, value) : value;
  return lookup(t, m.key, values);
}
