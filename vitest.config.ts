import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { firstQuestionsPlugin } from './lib/quiz/vite-first-questions';

export default defineConfig({
  // The build's plugins that serve modules the code under test imports (WxtVitest adds none of them).
  plugins: [WxtVitest(), firstQuestionsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The CLI tests start processes: on a loaded machine 5 s is not enough, and a slow test is not a wrong one.
    testTimeout: 20_000,
  },
});
