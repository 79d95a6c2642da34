const { jestPreset } = require('../../jest.preset');

/** Unit tests of the web app's plain modules (no DOM): words, parsing, decisions. */
module.exports = {
  ...jestPreset(),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
