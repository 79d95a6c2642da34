#!/usr/bin/env node
// `npm run migrate | migrate:revert | seed:demo | catalogue:import | audit:verify`: the built
// API's maintenance commands, as MIGRATION_DATABASE_URL, else DATABASE_URL, else on the embedded
// database. They run what `npm run build` (or `npm start`) built and never rebuild it, so a
// server starting from the same install meanwhile is unaffected, and a production install
// without dev dependencies (the Docker image) runs them too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/api/apps/api/src/cli.js', import.meta.url));

if (!existsSync(CLI)) {
  console.error('The API is not built yet: run `npm run build` first, then this command again.');
  process.exit(1);
}
const command = spawn(process.execPath, [CLI, ...process.argv.slice(2)], { stdio: 'inherit' });
command.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
