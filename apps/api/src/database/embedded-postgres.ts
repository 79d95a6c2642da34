import { existsSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { copyPristineCluster } from './pristine-cluster';

/**
 * The no-server default: Postgres compiled to WebAssembly, in this process, served over the wire
 * protocol on a free loopback port so that the ordinary `pg` driver talks to it. It serves one
 * connection at a time, so whoever connects must use a pool of one.
 */
export interface EmbeddedPostgres {
  url: string;
  /**
   * Every connection shares the one session, so this role holds for them all until a statement
   * resets it: it keeps the application's own queries to the role's grants, but anyone who can
   * run their own SQL here can `RESET ROLE` back to the superuser.
   */
  setRole(role: string): Promise<void>;
  stop(): Promise<void>;
}

/** `dataDir` null keeps the database in memory (tests). */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  const cluster = dataDir === null ? undefined : `${dataDir}/pg`;
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  if (cluster !== undefined && !existsSync(cluster)) await copyPristineCluster(cluster);
  // The extensions the migrations create (`CREATE EXTENSION`), loaded for them to find.
  const db = await PGlite.create(cluster, { extensions: { pg_trgm } });
  // A few connections may overlap while one pool closes and the next opens; queries are still
  // serialised by the server, and each client keeps to a pool of one.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async setRole(role) {
      await db.exec(`SET ROLE ${role}`);
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
