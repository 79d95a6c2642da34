import { readFileSync } from 'node:fs';
import pg from 'pg';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
// The login role the app runs as, a member of signoff_app; shared with the API e2e tests.
const API_ROLE_SQL = readFileSync(new URL('./test-api-role.sql', import.meta.url), 'utf8');
const API_LOGIN = 'signoff_test_api';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the server at DATABASE_URL or 127.0.0.1:5432; null when neither answers.
 * `url` is its owner's, for migrations and fixtures; `apiUrl` the role the app runs as.
 */
export async function freshServerDatabase(prefix) {
  const server = process.env.DATABASE_URL ?? ((await answers(LOCAL_SERVER)) ? LOCAL_SERVER : null);
  if (server === null) return null;
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
    drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
