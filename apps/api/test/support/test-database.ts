import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The login role the API runs as in tests; the SQL is shared with the browser tests. */
const API_ROLE_SQL = readFileSync(
  join(__dirname, '../../../../scripts/lib/test-api-role.sql'),
  'utf8',
);
const API_LOGIN = 'signoff_test_api';

export interface TestDatabase {
  /** As the owner: migrations and fixtures. */
  url: string;
  /** As the API's role, a member of signoff_app once migrated (the owner when embedded). */
  apiUrl: string;
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
    return {
      url: embedded.url,
      apiUrl: embedded.url,
      where: 'embedded',
      drop: () => embedded.stop(),
    };
  }
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  await onServer(server, API_ROLE_SQL);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const apiUrl = new URL(url);
  apiUrl.username = API_LOGIN;
  apiUrl.password = API_LOGIN;
  return {
    url: url.toString(),
    apiUrl: apiUrl.toString(),
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
