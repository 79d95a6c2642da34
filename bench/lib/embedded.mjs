// The no-server default measured as a new install meets it: first start on an empty data
// folder, the process's memory once idle, then the same generated centre loaded into its
// database (through a PGlite of our own on the folder, while the app is stopped) and measured.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { startBuiltApp } from '../../scripts/lib/app-process.mjs';
import { analyze, generateCentre } from './generate-centre.mjs';

function residentMb(pid) {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1];
  return Number(kb) / 1024;
}

/** Runs `fill(url)` on the embedded database in `dataDir`, served as the app would serve it. */
async function withEmbeddedDatabase(dataDir, fill) {
  const db = await PGlite.create(join(dataDir, 'pg'), { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  try {
    await fill(`postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
    await db.close();
  }
}

/**
 * Starts the app on an empty data folder (first start: ms until /api/health answers; idle
 * memory in MB), stops it, generates `size` into its database, and starts it again on that
 * data; `stop()` ends it and removes the folder.
 */
export async function startEmbedded(size) {
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-bench-embedded-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    DATABASE_URL: '',
    MIGRATION_DATABASE_URL: '',
    SEED_DEMO: '',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  try {
    const first = await startBuiltApp(env);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleMb = residentMb(first.pid);
    await first.stop();
    const generating = Date.now();
    await withEmbeddedDatabase(dataDir, async (url) => {
      await generateCentre(url, size, { batch: 'a', demoAssessors: true });
      await analyze(url);
    });
    const generateMs = Date.now() - generating;
    const app = await startBuiltApp(env);
    return {
      url: app.url,
      firstStartMs: first.startupMs,
      idleMb,
      generateMs,
      restartMs: app.startupMs,
      async stop() {
        await app.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
