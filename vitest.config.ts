import { defineConfig } from 'vitest/config';

// `npm test`: everything that runs on a plain clone with nothing beside it. The suites that need more have their own
// configs: test/corpus (../shared: vitest.corpus.config.ts) and test/e2e (a real kube-apiserver).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/e2e/**', '**/node_modules/**'],
    // One temporary directory per run, removed at the end (no global setup here may need ../shared).
    globalSetup: ['test/support/temp-dir.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
