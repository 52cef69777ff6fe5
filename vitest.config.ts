import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The CLI tests start processes: on a loaded machine 5 s is not enough, and a slow test is not a wrong one.
    testTimeout: 20_000,
  },
});
