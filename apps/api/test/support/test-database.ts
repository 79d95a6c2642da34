import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  /** Where it lives, for the log: the server's host or "embedded". */
  where: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test run: on the server at DATABASE_URL, else on the local
 * server at 127.0.0.1:5432 when it answers, else in an embedded PGlite.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const server = process.env.DATABASE_URL ?? ((await answers(LOCAL_SERVER)) ? LOCAL_SERVER : null);
  if (server === null) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, where: 'embedded', drop: () => embedded.stop() };
  }
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    where: `${url.host}/${name}`,
    drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
