import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code (x.ts + x.test.ts) and run on Node's
// better-sqlite3 build against real SQLite files. Browser end-to-end tests have their own
// config (tests/vitest.e2e.config.ts) because they need the built renderer.
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'bench/**/*.test.ts', 'renderer/src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/artifacts/vitest-unit.json' },
  },
});
