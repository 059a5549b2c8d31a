import { configDefaults, defineConfig } from 'vitest/config';

// Every suite runs under three host time zones: results must not depend on the machine's TZ.
const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    projects: zones.map((tz) => ({
      extends: true,
      test: {
        name: tz,
        env: { TZ: tz },
        include: ['test/**/*.test.ts'],
        // the browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts)
        exclude: [...configDefaults.exclude, 'test/browser/**'],
      },
    })),
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
