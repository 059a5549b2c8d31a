import { defineConfig } from 'vitest/config';

// The browser tests (`npm run test:browser`): the kiosk example in a real headless Chromium.
// Kept out of `npm test`, which must run where no browser is installed; the browser's own time
// zone is set per test (two zones), so this suite runs once.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
