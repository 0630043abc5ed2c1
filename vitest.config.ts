import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'contentlayer/generated': `${root}.contentlayer/generated/index.mjs`,
      // Tests run server modules in plain Node, where `server-only` would throw: Next.js alone
      // needs the guard, against a client component importing them.
      'server-only': `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/lib/**/*.test.ts',
            'test/unbundled/**/*.test.ts',
            'test/content/**/*.test.ts',
            'test/app/**/*.test.ts',
            'test/deploy/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        // Builds the site on fixture content and drives it over HTTP and in Chromium: one file at a time.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
