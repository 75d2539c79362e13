import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/data/**/*.test.ts', 'shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
