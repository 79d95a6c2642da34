import {
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Puts a freshly initialised Postgres cluster at `target`, which must not exist yet, as a copy of
 * the one this install keeps; if it has none and cannot make one (node_modules read-only), leaves
 * `target` absent for PGlite to run initdb there.
 *
 * initdb in WebAssembly is most of an empty data folder's first start (5 to 20 s on two cores, by
 * how busy they are), and its result, a cluster holding none of our tables yet, is the same every time for
 * one PGlite. So the install's first start on an empty folder makes one, kept beside PGlite in
 * node_modules/.cache (gone with node_modules, and named for the PGlite that made it), and each
 * later empty data folder starts as a copy of it.
 */
export async function copyPristineCluster(target: string): Promise<void> {
  const cluster = await pristineCluster();
  if (cluster === null) return;
  // Copied under another name and then renamed, so that a start cut short leaves no half a
  // cluster for the next start to open.
  const copying = `${target}.copying-${process.pid}`;
  rmSync(copying, { recursive: true, force: true });
  cpSync(cluster, copying, { recursive: true, mode: constants.COPYFILE_FICLONE });
  renameSync(copying, target);
}

async function pristineCluster(): Promise<string | null> {
  const install = pgliteInstall();
  if (install === null) return null;
  const { cacheDir, version } = install;
  const cluster = join(cacheDir, `pglite-${version}-cluster`);
  // Renamed into place only once closed, so a cluster found here is whole.
  if (existsSync(join(cluster, 'PG_VERSION'))) return cluster;
  let building: string;
  try {
    mkdirSync(cacheDir, { recursive: true });
    building = mkdtempSync(`${cluster}-`);
  } catch {
    return null;
  }
  try {
    const db = await PGlite.create(building);
    await db.close();
    renameSync(building, cluster);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // Another process starting together made it first.
    if (!existsSync(join(cluster, 'PG_VERSION'))) throw error;
  }
  return cluster;
}

/** node_modules/.cache of the install PGlite comes from, and PGlite's version; null if bundled. */
function pgliteInstall(): { cacheDir: string; version: string } | null {
  // …/node_modules/@electric-sql/pglite/dist/index.cjs
  const packageDir = dirname(dirname(require.resolve('@electric-sql/pglite')));
  const nodeModules = dirname(dirname(packageDir));
  if (basename(nodeModules) !== 'node_modules') return null;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { cacheDir: join(nodeModules, '.cache', 'signoff'), version };
}
