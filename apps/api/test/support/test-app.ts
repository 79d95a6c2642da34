import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@signoff/contracts';
import * as argon2 from 'argon2';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseConfig, type AppConfig } from '../../src/config/app-config';
import { databaseOptions } from '../../src/database/database-options';
import { createServer } from '../../src/server';

export const TEST_PASSWORD = 'Test-Passw0rd-long';

/** How the API answers every timestamp: ISO 8601 in UTC to the millisecond. */
export const API_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  config: AppConfig;
  /** Direct access, as the schema's owner, for fixtures and for checking what was (not) stored. */
  db: DataSource;
  close(): Promise<void>;
}

/**
 * The whole API, in this process, on the run's fresh database (or `database`, one of a test's
 * own); `env` overrides configuration. `DATABASE_URL` in `env` gives the app another way to the
 * same database (e.g. through a proxy); fixtures still reach it directly.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  database?: { url: string; apiUrl: string },
): Promise<TestApp> {
  const url = database?.url ?? process.env.SIGNOFF_TEST_DATABASE_URL;
  const apiUrl = database?.apiUrl ?? process.env.SIGNOFF_TEST_API_DATABASE_URL;
  if (!url || !apiUrl)
    throw new Error('SIGNOFF_TEST_DATABASE_URL is not set: run through jest.e2e.config.js');
  const poolSize =
    process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true' ? 1 : Number(env.DATABASE_POOL_SIZE ?? 4);
  // Each app stores its files apart, and they go with it.
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-e2e-'));
  const config = parseConfig(
    {
      LOG_LEVEL: 'silent',
      PUBLIC_ORIGIN: 'https://signoff.test',
      WEB_DIST_DIR: '/nonexistent',
      DATA_DIR: dataDir,
      ...env,
    },
    process.cwd(),
  );
  const app = await createServer(config, {
    url: env.DATABASE_URL ?? apiUrl,
    poolSize,
    embedded: false,
    stop: async () => undefined,
  });
  await app.init();
  const db = new DataSource({ ...databaseOptions(url, 1), logging: false });
  await db.initialize();
  return {
    app,
    http: app.getHttpServer(),
    config,
    db,
    async close() {
      await app.close();
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestPerson {
  id: string;
  email: string;
  password: string;
}

export async function createCentre(
  db: DataSource,
  name = `Centre ${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO centres (name) VALUES ($1) RETURNING id`,
    [name],
  );
  return rows[0].id;
}

const passwordHashes = new Map<string, Promise<string>>();

/**
 * An argon2id hash of `password` at the lowest cost, for people the fixtures create: sign-in
 * verifies at the cost written in the hash, so their many sign-ins do not each spend the real
 * cost (64 MiB, three passes; see password-hasher.spec.ts). Passwords set through the API still
 * pay it.
 */
export function testPasswordHash(password = TEST_PASSWORD): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
    passwordHashes.set(password, hash);
  }
  return hash;
}

/** A person with a password and the given roles; emails are unique across the run. */
export async function createPerson(
  db: DataSource,
  roles: { centreId: string; role: Role }[],
  name = 'Test Person',
): Promise<TestPerson> {
  const passwordHash = testPasswordHash();
  const email = `${roles[0]?.role ?? 'nobody'}-${randomUUID().slice(0, 8)}@example.test`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
    [email, name, await passwordHash],
  );
  for (const grant of roles) {
    await db.query(
      `INSERT INTO centre_members (user_id, centre_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [rows[0].id, grant.centreId],
    );
    await db.query(`INSERT INTO memberships (user_id, centre_id, role) VALUES ($1, $2, $3)`, [
      rows[0].id,
      grant.centreId,
      grant.role,
    ]);
  }
  return { id: rows[0].id, email, password: TEST_PASSWORD };
}

/** Signs in and returns the session cookie, as a browser would keep it. */
export async function signIn(
  http: TestApp['http'],
  person: { email: string; password: string },
): Promise<string> {
  const response = await request(http)
    .post('/api/auth/login')
    .send({ email: person.email, password: person.password });
  if (response.status !== 200)
    throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('signoff_session='));
  if (!session) throw new Error('no session cookie set');
  return session.split(';')[0];
}

/** What a centre holds, table by table: what its people and records have stored. */
export interface CentreRows {
  people: number;
  learners: number;
  enrolments: number;
  evidenceItems: number;
  storedFiles: number;
  passwordLinks: number;
  qualificationVersions: number;
  auditEvents: number;
}

/**
 * Counts one centre's rows, for "stores nothing" checks: a test compares its own centre before
 * and after, so test files running side by side on the one database cannot move the numbers.
 * Rows without a centre of their own (files, links, catalogue drafts) count through the centre's
 * people.
 */
export async function centreRows(db: DataSource, centreId: string): Promise<CentreRows> {
  const rows: CentreRows[] = await db.query(
    `WITH people AS (SELECT user_id FROM centre_members WHERE centre_id = $1)
     SELECT (SELECT count(*) FROM people)::int AS "people",
            (SELECT count(*) FROM learner_profiles WHERE centre_id = $1)::int AS "learners",
            (SELECT count(*) FROM enrolments WHERE centre_id = $1)::int AS "enrolments",
            (SELECT count(*) FROM evidence_items i JOIN enrolments e ON e.id = i.enrolment_id
              WHERE e.centre_id = $1)::int AS "evidenceItems",
            (SELECT count(*) FROM stored_files
              WHERE uploaded_by IN (SELECT user_id FROM people))::int AS "storedFiles",
            (SELECT count(*) FROM password_link_tokens
              WHERE user_id IN (SELECT user_id FROM people))::int AS "passwordLinks",
            (SELECT count(*) FROM qualification_versions
              WHERE created_by IN (SELECT user_id FROM people))::int AS "qualificationVersions",
            (SELECT count(*) FROM audit_events
              WHERE centre_id = $1 OR actor_id IN (SELECT user_id FROM people))::int AS "auditEvents"`,
    [centreId],
  );
  return rows[0];
}
