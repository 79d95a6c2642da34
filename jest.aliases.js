const Module = require('node:module');
const path = require('node:path');

/** The workspace's path aliases, shared by jest's moduleNameMapper and its global setup. */
const ALIASES = {
  '@signoff/catalogue': path.join(__dirname, 'libs/catalogue/index.ts'),
  '@signoff/contracts': path.join(__dirname, 'libs/contracts/src/index.ts'),
  '@signoff/domain': path.join(__dirname, 'libs/domain/src/index.ts'),
  '@signoff/migrations': path.join(__dirname, 'migrations/index.ts'),
};

/** Jest's global setup runs outside its module system, where moduleNameMapper does not apply. */
function registerAliases() {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return resolve.call(this, ALIASES[request] ?? request, ...rest);
  };
}

module.exports = { ALIASES, registerAliases };
