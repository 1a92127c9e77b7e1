import { defineConfig } from 'vitest/config';

// Unit tests: pure functions, golden fixtures, property tests. No browser.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
