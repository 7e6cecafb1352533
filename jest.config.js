/** Test tiers by suffix, next to the code: unit (pure), int (real PostgreSQL / Temporal), e2e (HTTP). */
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
  // Jest's CommonJS runtime cannot require ES-module-only packages; these few are compiled to CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|jose|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras)/)',
  ],
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
};
const withServers = {
  ...shared,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/setup-temporal-logging.ts'],
};

module.exports = {
  maxWorkers: 2,
  // A ceiling for a hung test, not a pace: a loaded two-core machine may take minutes for what
  // takes seconds alone, and a test must not fail for that (waits are for conditions: until()).
  testTimeout: 900_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    {
      ...withServers,
      displayName: 'int',
      testMatch: ['<rootDir>/**/*.int.spec.ts', '<rootDir>/workflows/**/*.spec.ts'],
    },
    { ...withServers, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.spec.ts'] },
    // A worker killed, a database cut: run by `npm test` too, alone with `npm run test:faults`.
    { ...withServers, displayName: 'fault', testMatch: ['<rootDir>/**/*.fault.spec.ts'] },
  ],
};
