import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site in Debian's headless Chromium (see test/e2e/driver.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
