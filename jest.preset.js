const path = require('node:path');
const { ALIASES } = require('./jest.aliases');

/** Shared jest settings: TypeScript through ts-jest and the workspace's path aliases. */
function jestPreset(tsconfig) {
  return {
    testEnvironment: 'node',
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, tsconfig), diagnostics: true }],
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    moduleNameMapper: Object.fromEntries(
      Object.entries(ALIASES).map(([alias, file]) => [`^${alias.replace('/', '\\/')}$`, file]),
    ),
  };
}

module.exports = { jestPreset };
