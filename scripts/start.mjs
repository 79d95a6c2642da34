#!/usr/bin/env node
// `npm start`: builds what is stale (Nx caches the rest), then runs the API and the built web app
// on one port. Without DATABASE_URL it runs on the embedded database with the demo centre.
import { spawn } from 'node:child_process';
import { build } from './lib/run.mjs';
import { MAIN } from './lib/app-process.mjs';

await build();
const app = spawn(process.execPath, [MAIN], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
