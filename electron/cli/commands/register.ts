import fs from 'node:fs';
import { serialiseRegister } from '../../../db/queries/register-export';
import { buildExampleRegister } from '../../../db/seed/example-register';
import { type Cli, CliError, EXIT } from '../exit';
import { call, openRegister, readTextFile } from '../io';

const exampleJson = () => serialiseRegister(buildExampleRegister());

interface Flags {
  db?: string;
  out?: string;
  replace?: boolean;
}

/** `ropa seed`: writes the Jensens Kurser A/S example register. */
export async function seed(cli: Cli, flags: Flags): Promise<number> {
  const ctx = openRegister(flags.db);
  try {
    const status = await call<{ empty: boolean }>(ctx, 'register:status');
    if (!status.empty && !flags.replace) {
      throw new CliError(`The register ${ctx.database.file} already has entries. Use --replace to overwrite it with the example.`);
    }
    const result = status.empty
      ? await call<{ counts: Record<string, number> }>(ctx, 'register:loadExample')
      : await call<{ counts: Record<string, number> }>(ctx, 'register:importJson', { json: exampleJson(), replace: true });
    cli.out(`Wrote the example register (Jensens Kurser A/S) to ${ctx.database.file}: ${summary(result.counts)}.`);
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

export async function exportJson(cli: Cli, flags: Flags): Promise<number> {
  const ctx = openRegister(flags.db);
  try {
    const { json } = await call<{ json: string }>(ctx, 'register:exportJson');
    if (flags.out) {
      fs.writeFileSync(flags.out, json);
      cli.err(`Exported ${ctx.database.file} to ${flags.out}.`);
    } else {
      cli.out(json.trimEnd());
    }
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

export async function importJson(cli: Cli, file: string | undefined, flags: Flags): Promise<number> {
  if (!file) throw new CliError('Name the file to import: ropa import json FILE', EXIT.usage);
  const json = readTextFile(file);
  const ctx = openRegister(flags.db);
  try {
    const result = await call<{ counts: Record<string, number> }>(ctx, 'register:importJson', { json, replace: flags.replace === true });
    cli.out(`Imported ${file} into ${ctx.database.file}: ${summary(result.counts)}.`);
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
