// Browser tests (pnpm test:e2e): headless Debian Chromium against the real API, started per
// worker by e2e/support/fixtures.ts. Run `pnpm --filter @roster/web build` first.
//   E2E_BASE_URL=http://host:port  test a running server (with E2E_ADMIN_EMAIL and
//                                  E2E_ADMIN_PASSWORD); specs that read email skip
//   CHROMIUM_PATH                  another Chromium binary (default: Debian's chromium-headless-shell
//                                  when installed, else /usr/bin/chromium)
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's chromium-headless-shell is the same Chromium build (same Blink, V8 and version as the
// chromium package) without the desktop browser around it, which Playwright's own downloads use for
// headless runs too. In a whole run the browser took 67 CPU-seconds against 163 for `chromium --headless`
// (whose wrapper script also adds desktop flags: GPU rasterization, extensions). .ci/run installs both.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromium = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two workers (E2E_WORKERS to change it): each starts its own API, SQLite file and SMTP sink
  // (e2e/support/fixtures.ts), so spec files run side by side; most of a spec's time is waiting on
  // the browser and the network, and two halve the suite's time even on a 2-core machine.
  workers: Number(process.env.E2E_WORKERS) || 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    screenshot: 'only-on-failure',
    // A failed test keeps its trace (actions, DOM snapshots, network, console) and a screenshot;
    // the trace's screencast (a JPEG every frame, for every test, thrown away when it passes) is off.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
