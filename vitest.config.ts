import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each worker loads jieba's dictionary once (about 1.5 s); CLI tests spawn processes that each load it too.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
