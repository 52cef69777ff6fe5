import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bankPartsPlugin } from './lib/quiz/vite-bank-parts';

export default defineConfig({
  // The build's plugins that serve modules the code under test imports (WxtVitest adds none of them).
  plugins: [WxtVitest(), bankPartsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The CLI tests start processes: on a loaded machine 5 s is not enough, and a slow test is not a wrong one.
    testTimeout: 20_000,
  },
});
