const { jestPreset } = require('../../jest.preset');

module.exports = {
  ...jestPreset(),
  displayName: 'contracts',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
