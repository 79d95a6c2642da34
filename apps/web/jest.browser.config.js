const path = require('node:path');

/** Browser journeys against a running Signoff; the harness sets SIGNOFF_URL. */
module.exports = {
  displayName: 'web-browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.browser-spec.ts'],
  testEnvironment: 'node',
  testTimeout: 60000,
  maxWorkers: 1,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'e2e', 'tsconfig.json') }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
