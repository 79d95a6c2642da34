#!/usr/bin/env node
// `npm test`: every test, in two stages whose steps run side by side: lint, types, formatting,
// unit tests and the build; then, once all of those passed, the API end-to-end tests (against a
// fresh Postgres database), a smoke run of the built app on the embedded default and the browser
// tests. Measured on a shared 2-core machine: 166-220 s this way, 266 s in three stages and
// 211-330 s one step after another, with the timing-sensitive tests still passing. Each step's
// output is kept back and printed whole when it ends, under its title and time. Each jest run
// reports its counts; the closing line adds them up.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { BUILD, capture } from './lib/run.mjs';

const REPORTS = 'tmp/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const node = process.execPath;
const stages = [
  [
    [
      'lint and types',
      'npx',
      ['nx', 'run-many', '-t', 'lint', 'typecheck', '--output-style=static'],
    ],
    [
      'lint of the workspace scripts',
      'npx',
      ['eslint', 'scripts', 'bench', 'jest.*.js', 'eslint.config.mjs'],
    ],
    ['formatting', 'npx', ['prettier', '--check', '.']],
    ['unit tests', 'npx', jest('unit', ['--selectProjects', 'contracts', 'domain', 'api', 'web'])],
    ['build', 'npx', BUILD],
  ],
  [
    ['API end-to-end tests', 'npx', jest('e2e', ['-c', 'apps/api/jest.e2e.config.js'])],
    ['smoke run on the embedded database', node, ['scripts/smoke.mjs']],
    [
      'browser tests',
      node,
      ['scripts/browser-tests.mjs', '--json', `--outputFile=${REPORTS}/browser.json`],
    ],
  ],
];

function jest(name, args) {
  return ['jest', ...args, '--json', `--outputFile=${REPORTS}/${name}.json`];
}

const started = performance.now();
const failedSteps = [];
for (const stage of stages) {
  console.log(`\n--- started: ${stage.map(([title]) => title).join('; ')}`);
  await Promise.all(
    stage.map(async ([title, command, args]) => {
      const { code, output, seconds } = await capture(command, args);
      if (code !== 0) failedSteps.push(title);
      console.log(`\n=== ${title}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
      process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
    }),
  );
  if (failedSteps.length > 0) break;
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
console.log(`\nall steps took ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failedSteps.length > 0) console.log(`FAILED at: ${failedSteps.join(', ')}`);
console.log(
  `tests: ${passed} passed, ${failed + (failedSteps.length > 0 && failed === 0 ? 1 : 0)} failed`,
);
process.exit(failedSteps.length > 0 ? 1 : 0);
