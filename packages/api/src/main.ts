import 'reflect-metadata';
import { ConfigError, loadConfigFromStartDir } from './config';
import { createApp } from './app';
import { seedDemo } from './db/seed';

async function main(): Promise<void> {
  const config = loadConfigFromStartDir();
  const roster = await createApp(config);
  if (config.seedDemo || process.argv.includes('--demo')) await seedDemo(roster.ds);
  roster.mailer.start();
  await new Promise<void>((resolve, reject) => {
    roster.httpServer.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new ConfigError(`port ${config.port} is already in use: set PORT to a free port`) : e));
    roster.httpServer.listen(config.port, resolve);
  });
  const where = config.db.type === 'sqlite' ? `SQLite ${config.db.path}` : 'MySQL';
  console.log(`Roster listening on http://localhost:${config.port} (GraphQL at /graphql, ${where})`);
  const stop = async () => {
    await roster.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `Configuration error: ${e.message}` : e);
  process.exit(1);
});
