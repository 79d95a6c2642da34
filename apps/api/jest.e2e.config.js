const { jestPreset } = require('../../jest.preset');

/** End-to-end tests: the whole API over HTTP against a fresh, migrated Postgres database. */
module.exports = {
  ...jestPreset(),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
