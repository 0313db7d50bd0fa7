import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        test: {
          name: 'decision',
          environment: 'node',
          include: ['src/decision/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/features/**/*.test.{ts,tsx}', 'src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup-dom.ts'],
        },
      },
      // Checks of files that are not code in src/, such as the static hosts' headers.
      {
        test: {
          name: 'tests',
          environment: 'node',
          include: ['tests/*.test.ts'],
        },
      },
      // Builds the app and the floor in a child process (bench/bundle-size.test.ts).
      './bench/vitest.config.ts',
    ],
  },
});
