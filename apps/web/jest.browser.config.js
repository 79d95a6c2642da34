const { jestPreset } = require('../../jest.preset');

/** Browser journeys against a running Signoff; the harness sets SIGNOFF_URL. */
module.exports = {
  ...jestPreset(),
  displayName: 'web-browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
