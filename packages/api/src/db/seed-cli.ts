import 'reflect-metadata';
import { ConfigError, DbConfig, loadConfigFromStartDir } from '../config';
import { bootstrapFirstAdmin } from './bootstrap';
import { createDataSource, initDataSource } from './data-source';
import { DEMO_PASSWORD, seedDemo } from './seed';
import { LocalFileStorage } from '../modules/user-file';

// `pnpm seed`: migrates the database named by DATABASE_URL, creates the first administrator
// (ADMIN_EMAIL/ADMIN_PASSWORD) when there is no agent yet, then adds the demo helpdesk.

/** Where the data goes, without the password of a MySQL URL. */
function describeDb(db: DbConfig): string {
  if (db.type === 'sqlite') return `SQLite ${db.path}`;
  const u = new URL(db.url);
  return `MySQL ${u.hostname}:${u.port || 3306}${u.pathname}`;
}

async function main(): Promise<void> {
  // The same database that `pnpm start` from this directory opens.
  const config = loadConfigFromStartDir();
  // Demo agents share a published password: keep them out of production unless asked twice.
  if (config.env === 'production' && !process.argv.includes('--force')) {
    throw new ConfigError('refusing to seed demo data with NODE_ENV=production (pass --force to do it anyway)');
  }
  console.log(`Seeding ${describeDb(config.db)}`);
  const ds = createDataSource(config.db);
  try {
    await initDataSource(ds);
    const admin = await bootstrapFirstAdmin(ds, config);
    if (!admin) console.log('First administrator: not created (agents already exist, or ADMIN_EMAIL is unset).');
    const result = await seedDemo(ds, { licenseSeats: config.licenseSeats, files: new LocalFileStorage(config.filesDir) });
    if (result.created) {
      console.log(`Sign in as any @demo.roster.local agent with the password "${DEMO_PASSWORD}",`);
      console.log('e.g. victoria.hayes@demo.roster.local (administrator) or liam.oconnor@demo.roster.local (Tier 1 agent).');
    } else {
      console.log('Demo data: already present (team "Support Tier 1" exists), nothing changed.');
    }
  } finally {
    await ds.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof ConfigError ? `Configuration error: ${e.message}` : e);
    process.exit(1);
  },
);
