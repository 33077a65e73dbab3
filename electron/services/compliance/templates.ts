import type { LocalizedText } from '../../shared/schemas/findings';
import type { Language } from '../../shared/vocab';
import { formatDate, formatList } from './format';
import type { TextVariant } from './knowledge-base-schema';

/**
 * A value for a {placeholder} in a knowledge-base message: plain text, a number, text per
 * language, a date (formatted per language) or a list (joined per language).
 */
export type TemplateValue = string | number | LocalizedText | { date: string } | { list: (string | LocalizedText)[] };
export type TemplateVars = Record<string, TemplateValue>;
/**
 * Values for one text: one object, or several looked up in order. A list lets a rule add a
 * value or two to a transfer's shared values without copying them (object spread is costly
 * when thousands of findings are made).
 */
export type TemplateVarsChain = TemplateVars | readonly TemplateVars[];

function lookup(vars: TemplateVarsChain, name: string): TemplateValue | undefined {
  if (!Array.isArray(vars)) return (vars as TemplateVars)[name];
  for (const v of vars as readonly TemplateVars[]) {
    const value = v[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

function isLocalized(v: object): v is LocalizedText {
  return 'da' in v && 'en' in v;
}

export function renderValue(value: TemplateValue, lang: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('date' in value) return formatDate(value.date, lang);
  if ('list' in value)
    return formatList(
      value.list.map((item) => (typeof item === 'string' ? item : item[lang])),
      lang,
    );
  if (isLocalized(value)) return value[lang];
  return String(value);
}

/** A template split once into literal text and placeholder names (templates are few, fills are many). */
type Part = string | { name: string };
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      if (m.index > last) parts.push(template.slice(last, m.index));
      parts.push({ name: m[1] });
      last = m.index + m[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills {placeholders} from `vars`, then from `fallback` (values every finding has, such as the
 * check date, so callers need not merge objects per finding). A placeholder without a value is a
 * bug in the rule or the knowledge base, so it throws.
 */
export function fillTemplate(template: string, vars: TemplateVarsChain, lang: Language, where: string, fallback?: TemplateVars): string {
  const parts = compile(template);
  const out: string[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') out[i] = part;
    else {
      const value = lookup(vars, part.name) ?? fallback?.[part.name];
      if (value === undefined) throw new Error(`${where}: no value for {${part.name}}`);
      out[i] = renderValue(value, lang);
    }
  }
  // join() yields one flat string; += would leave a rope of small nodes for the GC to copy.
  return out.join('');
}

/** Per knowledge-base text: the shared filled object when it has no placeholders, null when it has some. */
const staticTexts = new WeakMap<LocalizedText, LocalizedText | null>();

/** True when neither language has a placeholder. */
function isStatic(text: LocalizedText): boolean {
  return compile(text.da).every((p) => typeof p === 'string') && compile(text.en).every((p) => typeof p === 'string');
}

/** Fills both languages. A text without placeholders is returned as one shared object (many findings share their fix). */
export function fillLocalized(text: LocalizedText, vars: TemplateVarsChain, where: string, fallback?: TemplateVars): LocalizedText {
  let shared = staticTexts.get(text);
  if (shared === undefined) {
    shared = isStatic(text) ? { da: text.da, en: text.en } : null;
    staticTexts.set(text, shared);
  }
  if (shared) return shared;
  return { da: fillTemplate(text.da, vars, 'da', where, fallback), en: fillTemplate(text.en, vars, 'en', where, fallback) };
}

/**
 * Picks the first variant that fits: its `when` names the situation the rule asked for (or it
 * has none), and its `ifKnown` event is public on the check date (or it has none). That is how
 * a fix never recommends an instrument the engine "does not know yet" (legal-knowledge §0.1).
 */
export function pickVariant(variants: TextVariant[], situation: string | undefined, isKnown: (eventId: string) => boolean): TextVariant {
  for (const v of variants) {
    if (v.when !== undefined && v.when !== situation) continue;
    if (v.ifKnown !== undefined && !isKnown(v.ifKnown)) continue;
    return v;
  }
  return variants[variants.length - 1];
}
