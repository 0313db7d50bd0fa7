import { defineConfig } from 'vitest/config';

// Browser tests drive a real Chromium against the production build in dist/
// (`npm run test:e2e` builds it first). Files run one after another: each
// launches its own browser, and two cores are not enough for two at once.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Tests marked concurrent share their file's browser two at a time.
    maxConcurrency: 2,
  },
});
