const { SWC } = require('../../jest.preset');

/** Browser journeys against a running Signoff; the harness sets SIGNOFF_URL. */
module.exports = {
  displayName: 'web-browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
  testEnvironment: 'node',
  testTimeout: 60000,
  maxWorkers: 1,
  transform: { '^.+\\.ts$': ['@swc/jest', SWC] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
