import { configDefaults, defineConfig } from 'vitest/config';

const MINUTE = 60_000;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', '*/src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '.data/**'],
    // Two cores and one shared stack driving real game servers: one file at a time.
    fileParallelism: false,
    // Installs, starts and stops run real workflows against real containers.
    testTimeout: 10 * MINUTE,
    hookTimeout: 10 * MINUTE,
    teardownTimeout: MINUTE,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
