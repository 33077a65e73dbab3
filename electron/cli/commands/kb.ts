import type { LocalizedText } from '../../shared/schemas/findings';
import type { KbChange, KbStatus, KbUpdatePreview, KbUpdateRecord } from '../../shared/schemas/kb-updates';
import { severities } from '../../shared/vocab';
import { type CliIo as Cli, EXIT, fail } from '../exit';
import { call, openRegister, readTextFile } from '../io';

type Lang = 'da' | 'en';

// --lang is checked once for every command (cli/main.ts); here it picks the language of the knowledge base's texts.
function language(flag: string | undefined): Lang {
  return flag === 'da' ? 'da' : 'en';
}

function statusText(s: KbStatus, lang: Lang): string {
  const lines = [
    `Knowledge base in use: ${s.version} (as of ${s.asOf}), ${s.origin === 'shipped' ? 'shipped with the app' : 'imported signed update'}.`,
    `Shipped with the app: ${s.shipped.version} (as of ${s.shipped.asOf}).`,
  ];
  if (s.problem) lines.push(`Problem: the imported update is not used: ${s.problem}`);
  lines.push(s.rollbackTo ? `Rollback returns to: ${s.rollbackTo.version} (${s.rollbackTo.origin}).` : 'Rollback: nothing to roll back.');
  if (s.history.length > 0) {
    lines.push('', 'Imported updates (newest first):');
    for (const h of s.history) lines.push(`  ${h.version}  ${h.state.padEnd(11)}  imported ${h.importedAt}  key ${h.keyId}`);
  }
  lines.push('', 'Trusted signing keys:');
  for (const k of s.trustedKeys) lines.push(`  ${k.id}  sha256 ${k.fingerprint}${k.retired ? '  (retired)' : ''}`);
  lines.push('', 'Hypothetical events for what-if checks (ropa check --assume ID[:PARAMETER][@DATE]):');
  for (const h of s.hypotheticalEvents) {
    const anticipates = h.anticipates.map((e) => `${e.id} ${e.date} [${e.verification}]`).join('; ') || 'no pending event (a stress test)';
    lines.push(`  ${h.id}  ${h.label[lang]}`);
    lines.push(`      anticipates: ${anticipates}`);
    if (h.parameter) lines.push(`      ${h.parameter.name}: ${h.parameter.choices.map((c) => c.value).join(', ')}`);
    if (h.defaultDate) lines.push(`      suggested date: ${h.defaultDate}`);
  }
  return lines.join('\n');
}

/** `ropa kb info`: which knowledge base is in use, where it came from, rollback, keys and what-if events. */
export async function kbInfo(cli: Cli, flags: { db?: string; json?: boolean; lang?: string }): Promise<number> {
  const lang = language(flags.lang);
  const ctx = openRegister(flags.db);
  try {
    const status = await call<KbStatus>(ctx, 'compliance:knowledgeBase');
    cli.out(flags.json ? JSON.stringify(status, null, 2) : statusText(status, lang));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

function changes(title: string, list: KbChange[], lang: Lang): string[] {
  if (list.length === 0) return [];
  return [
    `${title}:`,
    ...list.map(
      (c) =>
        `  ${c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~'} ${c.id}: ${c.label[lang]}${c.detail ? ` (${c.detail[lang]})` : ''}`,
    ),
  ];
}

function previewText(p: KbUpdatePreview, lang: Lang): string {
  const counts = (c: Record<string, number>) => severities.map((s) => `${s} ${c[s]}`).join(', ');
  const finding = (f: { severity: string; ruleId: string; entity: { name: string }; message: LocalizedText }) =>
    `  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(22)} ${f.entity.name}: ${f.message[lang]}`;
  const diff = [
    ...changes('Legal events', p.diff.events, lang),
    ...changes('Rules', p.diff.rules, lang),
    ...changes('Adequacy decisions', p.diff.adequacy, lang),
    ...changes('Transfer mechanisms', p.diff.mechanisms, lang),
    ...changes('What-if scenarios', p.diff.hypotheticals, lang),
    ...(p.diff.otherFiles.length ? [`Other files changed: ${p.diff.otherFiles.join(', ')}`] : []),
  ];
  return [
    `Update ${p.version} (as of ${p.asOf}), signed with ${p.keyId}; in use now: ${p.current.version} (${p.current.origin}).`,
    '',
    ...(diff.length ? diff : ['No legal facts change (only the version).']),
    '',
    `This register checked on ${p.findings.asOf}: before ${counts(p.findings.before)}; after ${counts(p.findings.after)}.`,
    ...(p.findings.appearing.length
      ? ['Findings that would appear:', ...p.findings.appearing.map(finding)]
      : ['No findings would appear.']),
    ...(p.findings.disappearing.length
      ? ['Findings that would disappear:', ...p.findings.disappearing.map(finding)]
      : ['No findings would disappear.']),
  ].join('\n');
}

/** `ropa kb import FILE`: verify a signed update, show what it changes, then apply it (unless --dry-run). */
export async function kbImport(
  cli: Cli,
  file: string | undefined,
  flags: { db?: string; json?: boolean; lang?: string; 'dry-run'?: boolean },
): Promise<number> {
  if (!file) throw fail('cli.nameFile', { usage: 'ropa kb import FILE [--dry-run]' }, EXIT.usage);
  const lang = language(flags.lang);
  const content = readTextFile(file);
  const ctx = openRegister(flags.db);
  try {
    const preview = await call<KbUpdatePreview>(ctx, 'compliance:previewKbUpdate', { content, fileName: file });
    if (flags['dry-run']) {
      cli.out(
        flags.json
          ? JSON.stringify({ preview, imported: null }, null, 2)
          : `${previewText(preview, lang)}\n\nDry run: nothing was changed.`,
      );
      return EXIT.ok;
    }
    const imported = await call<KbUpdateRecord>(ctx, 'compliance:importKbUpdate', { content, fileName: file });
    cli.out(
      flags.json
        ? JSON.stringify({ preview, imported }, null, 2)
        : `${previewText(preview, lang)}\n\nImported: the register now uses knowledge base ${imported.version}; \`ropa kb rollback\` returns to ${preview.current.version}.`,
    );
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

/** `ropa kb rollback`: back to the knowledge base in use before the last import. */
export async function kbRollback(cli: Cli, flags: { db?: string; json?: boolean }): Promise<number> {
  const ctx = openRegister(flags.db);
  try {
    const status = await call<KbStatus>(ctx, 'compliance:rollbackKb');
    cli.out(
      flags.json
        ? JSON.stringify(status, null, 2)
        : `Rolled back: the register now uses knowledge base ${status.version} (${status.origin}).`,
    );
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
