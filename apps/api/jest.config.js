const { jestPreset } = require('../../jest.preset');

/** Unit tests: pure code beside its source, no database. */
module.exports = {
  ...jestPreset(),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
