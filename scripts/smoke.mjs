#!/usr/bin/env node
// Smoke run of the built app on the embedded default, as a newcomer's `npm start` would run it:
// it starts, every demo login works, and a burst of concurrent requests all succeed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MAIN, startBuiltApp } from './lib/app-process.mjs';

const DEMO = ['admin', 'assessor', 'assessor2', 'iqa', 'eqa', 'learner', 'learner2', 'learner3'];
const BURST = 200;

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-smoke-'));
const env = { ...process.env, DATA_DIR: dataDir };
delete env.DATABASE_URL;
let app;
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

try {
  app = await startBuiltApp(env);
  console.log(`started on the embedded database in ${app.startupMs} ms`);
  const cookies = {};
  for (const who of DEMO) {
    const response = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@demo.test`, password: 'Demo-Passw0rd!' }),
    });
    cookies[who] = response.headers.get('set-cookie')?.split(';')[0];
    const me = await fetch(`${app.url}/api/me`, { headers: { cookie: cookies[who] ?? '' } });
    check(
      response.status === 200 &&
        me.status === 200 &&
        (await me.json()).email === `${who}@demo.test`,
      `demo login ${who}`,
    );
  }
  const page = await fetch(`${app.url}/`);
  check(page.ok && (await page.text()).includes('<div id="root">'), 'web app served at /');

  const started = Date.now();
  const statuses = await Promise.all(
    Array.from({ length: BURST }, (_, i) => {
      const who = DEMO[i % DEMO.length];
      const path = ['/api/me', '/api/health', '/admin/users'][i % 3];
      return fetch(`${app.url}${path}`, { headers: { cookie: cookies[who] ?? '' } }).then(
        (response) => response.status,
      );
    }),
  );
  const bad = statuses.filter((status) => status !== 200);
  check(
    bad.length === 0,
    `${BURST} concurrent requests in ${Date.now() - started} ms (${bad.length} not 200: ${[...new Set(bad)].join(', ')})`,
  );

  // JSON log lines only: the start-up banner prints the demo password on purpose.
  const logLines = app
    .log()
    .split('\n')
    .filter((line) => line.startsWith('{'));
  const tokens = Object.values(cookies)
    .map((cookie) => cookie?.split('=')[1])
    .filter(Boolean);
  const leaks = logLines.filter(
    (line) => line.includes('Demo-Passw0rd!') || tokens.some((token) => line.includes(token)),
  );
  check(
    logLines.length > 0 && leaks.length === 0,
    `${logLines.length} log lines, none with a password or session token`,
  );
} catch (error) {
  check(false, String(error instanceof Error ? error.message : error));
} finally {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const misconfigured = spawnSync(process.execPath, [MAIN], {
  env: { ...env, PORT: 'eighty', PUBLIC_ORIGIN: 'ftp://x' },
  encoding: 'utf8',
  timeout: 30_000,
});
check(
  misconfigured.status === 1 &&
    /PORT/.test(misconfigured.stderr) &&
    /PUBLIC_ORIGIN/.test(misconfigured.stderr),
  'a malformed PORT and PUBLIC_ORIGIN stop the process, naming both',
);

console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
