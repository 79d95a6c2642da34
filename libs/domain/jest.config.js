const { jestPreset } = require('../../jest.preset');

module.exports = {
  ...jestPreset(),
  displayName: 'domain',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
