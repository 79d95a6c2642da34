const { jestPreset } = require('../../jest.preset');

module.exports = {
  ...jestPreset('libs/domain/tsconfig.spec.json'),
  displayName: 'domain',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
