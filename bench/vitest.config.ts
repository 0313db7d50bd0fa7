import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The bundle-size check on its own: `npx vitest run --config bench/vitest.config.ts`.
// It builds the app and the floor (about 10–20 s), so it has a long timeout.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'bundle-size',
    environment: 'node',
    include: ['bench/bundle-size.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
