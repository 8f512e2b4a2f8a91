// SPA unit tests (pnpm test): components and hooks in happy-dom (a file that needs jsdom says so
// with a `// @vitest-environment jsdom` comment at its top). The browser tests in e2e/ are
// Playwright's (pnpm test:e2e).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const include = ['src/**/*.test.{ts,tsx}'];

/**
 * Test files that replace modules or globals (vi.mock, vi.stubGlobal, fake timers, web storage) or
 * pick their own environment: these run isolated, each in a fresh module graph and DOM as before.
 * Every other file shares its worker's modules and DOM with the files before it (Testing Library
 * unmounts after each test, restoreMocks undoes spies): importing React, Apollo and Radix again for
 * each of 70 files, and setting up a DOM for each, was most of the run (issue 23: 285 s of Vitest).
 */
const REPLACES_GLOBALS = /vi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|localStorage|sessionStorage|@vitest-environment/;
const src = fileURLToPath(new URL('./src', import.meta.url));
const testFiles = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.test\.tsx?$/.test(f));
const isolated = testFiles.filter((f) => REPLACES_GLOBALS.test(readFileSync(join(src, f), 'utf8'))).map((f) => `src/${f}`);

export default mergeConfig(
  viteConfig,
  defineConfig({
    // The shared package's Node entry loads its compiled dist/ outside the TypeScript runners;
    // tests read its source, like the Vite build does.
    resolve: { alias: { '@roster/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) } },
    test: {
      // happy-dom sets up in a fraction of jsdom's time (jsdom's set-up alone was 97 s of the run: issue 23).
      environment: 'happy-dom',
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // user-event flows take 1-3 s alone and several times that on a loaded 2-core machine; the
      // 5 s default then fails tests that are not wrong.
      testTimeout: 20_000,
      projects: [
        { extends: true, test: { name: 'shared', include, exclude: isolated, isolate: false } },
        { extends: true, test: { name: 'isolated', include: isolated.length ? isolated : ['-none-'], isolate: true } },
      ],
    },
  }),
);
