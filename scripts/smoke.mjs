#!/usr/bin/env node
// Smoke run of the built app on the embedded default, as a newcomer's `npm start` would run it:
// it starts, every demo login works, and a burst of concurrent requests all succeed.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { MAIN, startBuiltApp } from './lib/app-process.mjs';

const DEMO = ['admin', 'assessor', 'assessor2', 'iqa', 'eqa', 'learner', 'learner2', 'learner3'];
const BURST = 200;

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-smoke-'));
const env = { ...process.env, DATA_DIR: dataDir };
delete env.DATABASE_URL;
delete env.MIGRATION_DATABASE_URL;
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
}

// The embedded database's one session continues as the app role once migrated, as at start.
try {
  await import('reflect-metadata');
  const built = (path) => import(new URL(`../dist/api/apps/api/src/${path}.js`, import.meta.url));
  const { parseConfig } = await built('config/app-config');
  const { openDatabase } = await built('database/database-connection');
  const { migrate, withDataSource } = await built('database/migrator');
  const database = await openDatabase(parseConfig({ DATA_DIR: dataDir }, process.cwd()));
  try {
    await withDataSource(database.migrationUrl, migrate);
    await database.enterAppRole();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const role = (await client.query('SELECT current_user AS role')).rows[0].role;
    const switched = await client.query('SET session_replication_role = replica').then(
      () => true,
      () => false,
    );
    await client.end();
    check(
      role === 'signoff_app' && !switched,
      `the embedded database runs the API as ${role}, which may not switch the triggers off`,
    );
  } finally {
    await database.stop();
  }
} catch (error) {
  check(false, `the embedded database's role: ${error instanceof Error ? error.message : error}`);
}

// Another empty data folder starts as a copy of the install's pristine cluster (made by the
// first start above): a cluster of its own, with nothing of the first folder's in it.
const otherDir = mkdtempSync(join(tmpdir(), 'signoff-smoke-'));
try {
  const { startEmbeddedPostgres } = await import(
    new URL('../dist/api/apps/api/src/database/embedded-postgres.js', import.meta.url)
  );
  const started = Date.now();
  const database = await startEmbeddedPostgres(otherDir);
  const took = Date.now() - started;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const tables = (
    await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)
  ).rows[0].n;
  await client.end();
  await database.stop();
  check(
    tables === 0 && existsSync('node_modules/.cache/signoff'),
    `another empty data folder opened in ${took} ms on a pristine cluster (${tables} tables)`,
  );
} catch (error) {
  check(false, `another empty data folder: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(otherDir, { recursive: true, force: true });
}

// Maintenance commands run the built API and leave it alone: a server starting from the same
// install meanwhile finds it whole.
const marker = 'dist/api/.left-alone';
writeFileSync(marker, '');
const maintenance = (args, cli = 'scripts/api-cli.mjs') =>
  spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 60_000 });
const verified = maintenance(['audit-verify']);
const migrated = maintenance(['migrate']);
check(
  verified.status === 0 &&
    /The audit trail holds/.test(verified.stdout) &&
    migrated.status === 0 &&
    /Schema is up to date/.test(migrated.stdout) &&
    existsSync(marker),
  `audit:verify and migrate run the built API without rebuilding it${existsSync(marker) ? '' : ' (dist/api was rebuilt)'}: ${verified.stdout.trim()}${verified.stderr.trim()}`,
);
rmSync(marker, { force: true });
const unbuilt = mkdtempSync(join(tmpdir(), 'signoff-unbuilt-'));
mkdirSync(join(unbuilt, 'scripts'));
copyFileSync('scripts/api-cli.mjs', join(unbuilt, 'scripts/api-cli.mjs'));
const withoutBuild = maintenance(['audit-verify'], join(unbuilt, 'scripts/api-cli.mjs'));
check(
  withoutBuild.status === 1 && /npm run build/.test(withoutBuild.stderr),
  'a maintenance command on an install not yet built says to run npm run build',
);
rmSync(unbuilt, { recursive: true, force: true });

// Housekeeping runs as a scheduled job on the embedded database's one connection too: its period
// made to come round every minute, it runs.
try {
  const built = (path) => import(new URL(`../dist/api/apps/api/src/${path}.js`, import.meta.url));
  const { parseConfig } = await built('config/app-config');
  const { openDatabase } = await built('database/database-connection');
  const { migrate, withDataSource } = await built('database/migrator');
  const { createServer } = await built('server');
  const { DataSource } = await import('typeorm');
  const config = parseConfig(
    { DATA_DIR: dataDir, JOB_POLL_SECONDS: '1', LOG_LEVEL: 'silent' },
    process.cwd(),
  );
  const database = await openDatabase(config);
  try {
    await withDataSource(database.migrationUrl, migrate);
    await database.enterAppRole();
    const server = await createServer(config, database);
    await server.init();
    try {
      const db = server.get(DataSource);
      await db.query(
        `UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = 'auth.purge-expired'`,
      );
      const started = Date.now();
      let ran = false;
      while (!ran && Date.now() - started < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const rows = await db.query(
          `SELECT 1 FROM pgboss.job WHERE name = 'auth.purge-expired' AND state = 'completed'`,
        );
        ran = rows.length > 0;
      }
      check(ran, `housekeeping ran as a scheduled job on the embedded database`);
    } finally {
      await server.close();
    }
  } finally {
    await database.stop();
  }
} catch (error) {
  check(
    false,
    `housekeeping on the embedded database: ${error instanceof Error ? error.message : error}`,
  );
}
rmSync(dataDir, { recursive: true, force: true });
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
