#!/usr/bin/env node
// `npm run migrate | migrate:revert | seed:demo`: against DATABASE_URL, else the embedded database.
import { runOrExit } from './lib/run.mjs';

await runOrExit('npx', ['nx', 'run', 'api:build', '--output-style=static']);
await runOrExit(process.execPath, ['dist/api/apps/api/src/cli.js', ...process.argv.slice(2)]);
