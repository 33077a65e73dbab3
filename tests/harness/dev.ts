import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

// Manual use: npx tsx tests/harness/dev.ts [--db FILE] [--port N]
// Serves the built renderer (npm run build) against a register file, on 127.0.0.1 only.
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(os.tmpdir(), 'ropa-desk-dev', 'register.sqlite') },
    port: { type: 'string', default: '5199' },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const harness = await startHarness({ dbFile: path.resolve(values.db), port: Number(values.port), rendererDir: values.renderer });
console.log(`ROPA Desk harness: ${harness.url}`);
console.log(`Register file:     ${path.resolve(values.db)}`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void harness.close().then(() => process.exit(0));
  });
}
