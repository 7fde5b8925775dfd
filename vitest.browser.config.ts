import { defineConfig } from 'vitest/config';

// The rendered report in headless Chromium (architecture.md, "Testing"). Run with `npm run test:browser`;
// slow, so kept out of the default `vitest run`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
