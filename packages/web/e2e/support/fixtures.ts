// The specs' `test`: one API + SMTP sink per worker (see api-server.ts), the page pointed at it,
// the admin's credentials, and `mail` for specs that read email (skipped on an external server).
import { test as base, expect } from '@playwright/test';
import type { SmtpSink } from '@roster/testkit';
import { externalServer, startApi, type Credentials, type E2EServer } from './api-server';

interface WorkerFixtures {
  server: E2EServer;
  /** Seats of the worker's server: a spec that needs many agents sets it with test.use (its own worker). */
  licenseSeats: number;
  /** The server's host name (StartApiOptions.host): a spec that needs `localhost` sets it with test.use (its own worker). */
  host: string;
  /**
   * Which server the worker runs ('shared' by default): a spec whose checks read the whole screen
   * (and so would trip over other specs' data) names its own with test.use and gets its own worker,
   * API and database.
   */
  serverFor: string;
}
interface TestFixtures {
  admin: Credentials;
  mail: SmtpSink;
  diagnostics: void;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  licenseSeats: [100, { scope: 'worker', option: true }],
  host: ['127.0.0.1', { scope: 'worker', option: true }],
  serverFor: ['shared', { scope: 'worker', option: true }],
  server: [
    // serverFor only has to differ for Playwright to give the spec a worker (and so a server) of its own.
    async ({ licenseSeats, host, serverFor: _serverFor }, use) => {
      const server = process.env.E2E_BASE_URL ? externalServer(process.env.E2E_BASE_URL) : await startApi({ licenseSeats, host });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ server }, use) => use(server.baseUrl),
  admin: async ({ server }, use) => use(server.admin),
  mail: async ({ server }, use) => {
    test.skip(!server.mail, 'reads email: only when the harness starts the API (E2E_BASE_URL is set)');
    await use(server.mail!);
  },
  // On failure, attach the page's errors and the API's log to the report.
  diagnostics: [
    async ({ page, server }, use, testInfo) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
      });
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      if (pageErrors.length) await testInfo.attach('page errors', { body: pageErrors.join('\n') });
      const log = await server.logTail(60);
      if (log) await testInfo.attach('api log', { body: log });
    },
    { auto: true },
  ],
});

export { expect };
