/** The unit-test projects, run together by `npm test`; each also runs alone through Nx. */
module.exports = {
  projects: [
    '<rootDir>/libs/contracts/jest.config.js',
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
  ],
};
