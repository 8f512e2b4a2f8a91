// Every SQLite suite gets its own temporary database file and listens on port 0, so suites run
// in parallel workers. On MySQL/MariaDB all suites share the one TEST_DATABASE_URL database
// (each drops and re-creates its tables), so they run one at a time. JEST_WORKERS overrides.
const sharedDatabase = /^(mysql|mariadb):\/\//.test(process.env.TEST_DATABASE_URL ?? '');
// Jest's default (cores - 1) is a single worker on a two-core machine; the suites spend much of
// their time waiting on SQLite and HTTP, so one worker per core still pays off there.
const sqliteWorkers = Math.max(2, require('node:os').availableParallelism());

/** @type {import('jest').Config} */
module.exports = {
  // Generous: suites start real servers and MariaDB set-up hooks are slow on a busy 2-core machine.
  testTimeout: 30_000,
  testEnvironment: 'node',
  maxWorkers: process.env.JEST_WORKERS ?? (sharedDatabase ? 1 : sqliteWorkers),
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
  setupFiles: ['reflect-metadata'],
};
