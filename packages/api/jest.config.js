// Every SQLite suite gets its own temporary database file (a copy of one migrated per run) and
// listens on port 0, so suites run in parallel workers. On MySQL/MariaDB each worker has its own
// database (test/setup: worker 1 the TEST_DATABASE_URL one, worker n `<name>_n`), migrated once per
// run and reset to the migrated state before each suite (test/helpers/mysql-reset.ts).
// Jest's default (cores - 1) is a single worker on a two-core machine; the suites spend much of
// their time waiting on the database and HTTP, so one worker per core still pays off there.
// JEST_WORKERS overrides (JEST_WORKERS=1: one database, suites one at a time).
const workers = Math.max(2, require('node:os').availableParallelism());

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// otplib's default plugins load @scure/base and @noble/hashes, which ship as ES modules only: Node
// 20.19+ requires them natively, Jest does not, so swc turns those two (and only those) into CommonJS.
// openid-client 6 and its oauth4webapi and jose are ES modules only too.
const ESM_ONLY = [
  '@scure/base/',
  '@noble/hashes/',
  '\\.pnpm/@scure\\+base@',
  '\\.pnpm/@noble\\+hashes@',
  'openid-client/',
  'oauth4webapi/',
  'jose/',
  '\\.pnpm/openid-client@',
  '\\.pnpm/oauth4webapi@',
  '\\.pnpm/jose@',
];

/** @type {import('jest').Config} */
module.exports = {
  // Generous: suites start real servers and MariaDB set-up hooks are slow on a busy 2-core machine.
  testTimeout: 30_000,
  testEnvironment: 'node',
  maxWorkers: process.env.JEST_WORKERS ?? workers,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    // swc keeps decorator metadata, which TypeORM and type-graphql read at run time.
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY.join('|')})`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata', '<rootDir>/test/setup/worker-database.ts'],
};
