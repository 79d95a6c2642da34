import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role whose grants the API runs with; operators grant it to the login role in DATABASE_URL. */
const APP_ROLE = 'signoff_app';

/**
 * The API runs as a role that owns nothing: it reads and writes rows, but cannot switch the
 * append-only triggers off (that takes the tables' owner or a superuser), truncate a table (which
 * skips row triggers), or change or remove a row of the tables that are never changed. Grants
 * cover every table in the schema, and default privileges the tables later migrations create;
 * a later append-only table revokes UPDATE and DELETE itself, as here.
 */
export class ApiRole1764500000000 implements MigrationInterface {
  name = 'ApiRole1764500000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole server, so another database's migration may create it at the
    // same moment; an owner who may not create roles needs it created beforehand.
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN;
        END IF;
      EXCEPTION
        WHEN duplicate_object OR unique_violation THEN NULL;
        WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'the role ${APP_ROLE} does not exist and % may not create it: as an administrator, CREATE ROLE ${APP_ROLE} NOLOGIN (README, "Database roles")', current_user;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    );
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
    );
    // Append-only: written once by the API, never changed or removed by anyone.
    await db.query(`REVOKE UPDATE, DELETE ON audit_events, declarations FROM ${APP_ROLE}`);
    await db.query(`REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The role stays: other databases on the server may use it.
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`,
    );
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
