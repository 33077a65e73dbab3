import fs from 'node:fs';
import { serialiseRegister } from '../../../db/queries/register-export';
import { buildExampleRegister } from '../../../db/seed/example-register';
import { type CliIo, EXIT, fail, say } from '../exit';
import { call, countSummary, openRegister, readTextFile } from '../io';

const exampleJson = () => serialiseRegister(buildExampleRegister());

interface Flags {
  db?: string;
  out?: string;
  replace?: boolean;
}

/** `ropa seed`: writes the Jensens Kurser A/S example register. */
export async function seed(cli: CliIo, flags: Flags): Promise<number> {
  const ctx = openRegister(flags.db);
  try {
    const status = await call<{ empty: boolean }>(ctx, 'register:status');
    if (!status.empty && !flags.replace) {
      throw fail('cli.alreadyHasEntries', { file: ctx.database.file });
    }
    const result = status.empty
      ? await call<{ counts: Record<string, number> }>(ctx, 'register:loadExample')
      : await call<{ counts: Record<string, number> }>(ctx, 'register:importJson', { json: exampleJson(), replace: true });
    cli.out(say(cli, 'cli.seeded', { file: ctx.database.file, summary: countSummary(cli, result.counts) }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

export async function exportJson(cli: CliIo, flags: Flags): Promise<number> {
  const ctx = openRegister(flags.db);
  try {
    const { json } = await call<{ json: string }>(ctx, 'register:exportJson');
    if (flags.out) {
      fs.writeFileSync(flags.out, json);
      cli.err(say(cli, 'cli.exported', { from: ctx.database.file, to: flags.out }));
    } else {
      cli.out(json.trimEnd());
    }
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

export async function importJson(cli: CliIo, file: string | undefined, flags: Flags): Promise<number> {
  if (!file) throw fail('cli.nameFile', { usage: 'ropa import json FILE' }, EXIT.usage);
  const json = readTextFile(file);
  const ctx = openRegister(flags.db);
  try {
    const result = await call<{ counts: Record<string, number> }>(ctx, 'register:importJson', { json, replace: flags.replace === true });
    cli.out(say(cli, 'cli.imported', { file, into: ctx.database.file, summary: countSummary(cli, result.counts) }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
