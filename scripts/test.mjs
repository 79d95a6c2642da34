#!/usr/bin/env node
// `npm test`: every test, in order of cost: lint and types, unit tests, API end-to-end tests
// against a fresh Postgres database, a smoke run of the built app on the embedded default, and
// the browser tests. Each jest run reports its counts; the closing line adds them up.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build, run } from './lib/run.mjs';

const REPORTS = 'tmp/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  ['lint and types', 'npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--output-style=static']],
  [
    'lint of the workspace scripts',
    'npx',
    ['eslint', 'scripts', 'bench', 'jest.*.js', 'eslint.config.mjs'],
  ],
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', jest('unit', ['--selectProjects', 'domain', 'api', 'web'])],
  ['API end-to-end tests', 'npx', jest('e2e', ['-c', 'apps/api/jest.e2e.config.js'])],
  ['build', null, build],
  ['smoke run on the embedded database', process.execPath, ['scripts/smoke.mjs']],
  [
    'browser tests',
    process.execPath,
    ['scripts/browser-tests.mjs', '--json', `--outputFile=${REPORTS}/browser.json`],
  ],
];

function jest(name, args) {
  return ['jest', ...args, '--json', `--outputFile=${REPORTS}/${name}.json`];
}

let failedStep = null;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title}`);
  const code = command === null ? await args().then(() => 0) : await run(command, args);
  if (code !== 0) {
    failedStep = title;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e', 'browser']) {
  const file = `${REPORTS}/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (failedStep) console.log(`\nFAILED at: ${failedStep}`);
console.log(`tests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
