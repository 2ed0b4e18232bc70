import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Vitest 5 clears mock calls before every test by default; the shell tests record the start-up
    // calls once in beforeAll and check them test by test.
    clearMocks: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
