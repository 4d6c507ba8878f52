import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: the tests that read real manifests from ../shared (corpus, seeds). The global setup stops
// the run with one clear message when ../shared is not there.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    globalSetup: ['test/corpus/global-setup.ts', 'test/support/temp-dir.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
