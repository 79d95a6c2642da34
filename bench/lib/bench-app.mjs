// What every benchmark stands on: a database of its own on the Postgres server, the built app
// with the demo centre, migrated as the owner and run as a role that owns nothing (as on a real
// install), and everything removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltApp } from '../../scripts/lib/app-process.mjs';
import { freshServerDatabase } from '../../scripts/lib/fresh-database.mjs';

/**
 * Runs `measure({ app, database, env })` on a fresh database and app, then drops both; `env`
 * starts another app on the same database and files.
 */
export async function withBenchApp(name, measure) {
  const database = await freshServerDatabase(name);
  if (database === null) {
    console.error(
      'No Postgres server answers (DATABASE_URL or 127.0.0.1:5432): the benchmark needs one.',
    );
    process.exit(1);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-bench-'));
  const env = {
    ...process.env,
    DATABASE_URL: database.apiUrl,
    MIGRATION_DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  let app;
  try {
    app = await startBuiltApp({ ...env, SEED_DEMO: 'true' });
    await measure({ app, database, env });
  } finally {
    await app?.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A demo person's session cookie. */
export async function signIn(url, email) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Demo-Passw0rd!' }),
  });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}
