import { defineConfig } from '@playwright/test';

// The built extension is loaded into Debian's Chromium by the fixture in tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one browser at a time keeps timings honest and the suite stable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
