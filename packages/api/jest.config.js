// Every SQLite suite gets its own temporary database file and listens on port 0, so suites run
// in parallel workers. On MySQL/MariaDB each worker has its own database (test/setup: worker 1 the
// TEST_DATABASE_URL one, worker n `<name>_n`), where each suite drops and re-creates its tables.
// Jest's default (cores - 1) is a single worker on a two-core machine; the suites spend much of
// their time waiting on the database and HTTP, so one worker per core still pays off there.
// JEST_WORKERS overrides (JEST_WORKERS=1: one database, suites one at a time).
const workers = Math.max(2, require('node:os').availableParallelism());

/** @type {import('jest').Config} */
module.exports = {
  // Generous: suites start real servers and MariaDB set-up hooks are slow on a busy 2-core machine.
  testTimeout: 30_000,
  testEnvironment: 'node',
  maxWorkers: process.env.JEST_WORKERS ?? workers,
  globalSetup: '<rootDir>/test/setup/create-worker-databases.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    // swc keeps decorator metadata, which TypeORM and type-graphql read at run time.
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['reflect-metadata', '<rootDir>/test/setup/worker-database.ts'],
};
