import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: Debian's Chromium (playwright-core) against the harness serving the
// built renderer (npm run build) on a fresh register file per test. One file at a time: each test
// starts its own browser, and two cores are all there is.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/artifacts/vitest-e2e.json' },
  },
});
