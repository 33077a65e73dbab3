import type { App } from 'electron';

/**
 * The installed app answers the same commands as `npx ropa`: `"ROPA Desk" --cli check --json`
 * (or the `ropa` launcher beside the executable). It runs in the app's own main process, which has
 * Node built in, so the RunAsNode fuse stays off and no Node or tsx needs to be installed.
 * Returns the arguments after --cli, or null when the app starts normally.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** Runs one CLI command (the same bundle as `npx ropa`) and exits with its code, no window shown. */
export async function runInAppCli(app: Pick<App, 'exit'>, args: string[], nativeBinding: string | undefined): Promise<void> {
  let code: number;
  try {
    const { main } = await import('../cli/main');
    code = await main(args, undefined, nativeBinding ? { nativeBinding } : {});
  } catch (e) {
    console.error(`Failed: ${e instanceof Error ? e.message : String(e)}`);
    code = 1;
  }
  // app.exit() ends the process at once: let piped output (e.g. `check --json | jq`) drain first.
  await flushed(process.stdout);
  await flushed(process.stderr);
  app.exit(code);
}
