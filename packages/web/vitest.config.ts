// SPA unit tests (pnpm test): components and hooks in jsdom. The browser tests in e2e/ are
// Playwright's (pnpm test:e2e).
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    // The shared package's Node entry loads its compiled dist/ outside the TypeScript runners;
    // tests read its source, like the Vite build does.
    resolve: { alias: { '@roster/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) } },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // jsdom user-event flows take 1-3 s alone and several times that on a loaded 2-core
      // machine; the 5 s default then fails tests that are not wrong.
      testTimeout: 20_000,
    },
  }),
);
