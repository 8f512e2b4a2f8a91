// Browser tests (pnpm test:e2e): headless Debian Chromium against the real API, started per
// worker by e2e/support/fixtures.ts. Run `pnpm --filter @roster/web build` first.
//   E2E_BASE_URL=http://host:port  test a running server (with E2E_ADMIN_EMAIL and
//                                  E2E_ADMIN_PASSWORD); specs that read email skip
//   CHROMIUM_PATH                  another Chromium binary (default /usr/bin/chromium)
import { defineConfig } from '@playwright/test';

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
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
