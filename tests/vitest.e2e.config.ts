import { defineConfig } from 'vitest/config';

// Tests of what `npm run build` produced: browser end-to-end tests (Debian's Chromium through
// playwright-core against the harness serving the built renderer, on a fresh register file per
// test) and the checks of the bundles and the package (tests/packaging). One file at a time: each
// browser test starts its own browser, and two cores are all there is.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts', 'tests/packaging/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/artifacts/vitest-e2e.json' },
  },
});
