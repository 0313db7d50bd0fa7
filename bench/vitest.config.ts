import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The bundle-size check, a project of `npm run test:unit`; alone: `npx vitest run --project bundle-size`.
// It builds the app and the floor (about 10–20 s), so it has a long timeout. The root is this
// folder: as a project of the root config, a root set to the repository found no test file.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'bundle-size',
    environment: 'node',
    include: ['bundle-size.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
