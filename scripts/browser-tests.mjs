#!/usr/bin/env node
// Browser tests: the built app with the demo centre on a fresh database, driven by Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltApp } from './lib/app-process.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { cheapenDemoPasswords } from './lib/demo-passwords.mjs';
import { freshServerDatabase } from './lib/fresh-database.mjs';
import { run } from './lib/run.mjs';

await ensureChromium();
const database = await freshServerDatabase('signoff_browser');
const dataDir = mkdtempSync(join(tmpdir(), 'signoff-browser-'));
// A small upload limit, so the tests can show a file over it refused.
const env = {
  ...process.env,
  SEED_DEMO: 'true',
  DATA_DIR: dataDir,
  UPLOAD_MAX_BYTES: String(8 << 20),
};
// Migrated as the owner, run as a role that owns nothing, as on a real install.
if (database)
  Object.assign(env, { DATABASE_URL: database.apiUrl, MIGRATION_DATABASE_URL: database.url });
else {
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
}

let code;
let app;
try {
  app = await startBuiltApp(env);
  console.log(
    `The app answered in ${(app.startupMs / 1000).toFixed(1)} s (migrated, demo seeded).`,
  );
  if (database) await cheapenDemoPasswords(database.url);
  // Tests that must set up what no route does yet (an account at another centre) reach the database.
  const reach = database ? { SIGNOFF_DATABASE_URL: database.url } : {};
  code = await run(
    'npx',
    ['jest', '-c', 'apps/web/jest.browser.config.js', ...process.argv.slice(2)],
    {
      SIGNOFF_URL: app.url,
      ...reach,
    },
  );
  if (code !== 0) console.log(app.log().split('\n').slice(-40).join('\n'));
} finally {
  await app?.stop();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
