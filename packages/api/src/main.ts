import 'reflect-metadata';
import { ConfigError, loadConfigFromStartDir } from './config';
import { createApp, RosterApp } from './app';
import { seedDemo } from './db/seed';

// A stop that hangs (a stuck database connection) must not keep the process alive forever.
const STOP_TIMEOUT_MS = 15_000;

let roster: RosterApp | undefined;
let stopping = false;

/**
 * Ctrl-C (SIGINT) and SIGTERM (docker stop, systemd, kill) drain requests, stop the mailer,
 * close the database and exit 0, so that pnpm and process managers see a clean stop. The
 * signal often arrives twice (the terminal signals the whole process group and pnpm forwards
 * it again): later ones are ignored while the first stop runs. A signal during start-up (before
 * the app exists) exits at once: nothing is being served yet.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping Roster`);
  setTimeout(() => {
    console.error(`Roster did not stop within ${STOP_TIMEOUT_MS / 1000} s: exiting`);
    process.exit(1);
  }, STOP_TIMEOUT_MS).unref();
  (roster ? roster.close() : Promise.resolve()).then(
    () => {
      console.log('Roster stopped');
      process.exit(0);
    },
    (e) => {
      console.error('Roster failed to stop cleanly:', e);
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const config = loadConfigFromStartDir();
  roster = await createApp(config);
  if (config.seedDemo || process.argv.includes('--demo'))
    await seedDemo(roster.ds, { services: roster.deps.services, files: roster.deps.files });
  roster.mailer.start();
  const { httpServer } = roster;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new ConfigError(`port ${config.port} is already in use: set PORT to a free port`) : e),
    );
    httpServer.listen(config.port, resolve);
  });
  const where = config.db.type === 'sqlite' ? `SQLite ${config.db.path}` : 'MySQL';
  console.log(`Roster listening on http://localhost:${config.port} (GraphQL at /graphql, ${where})`);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `Configuration error: ${e.message}` : e);
  process.exit(1);
});
