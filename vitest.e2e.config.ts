// `npm run test:e2e`: the webhook and `pgwarden audit` against a real kube-apiserver (../shared/k8s). One apiserver
// for the whole suite (test/e2e/global-setup.ts starts it and applies the CRDs); files run one after another because
// webhook configurations are cluster-wide.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/support/temp-dir.ts', 'test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
