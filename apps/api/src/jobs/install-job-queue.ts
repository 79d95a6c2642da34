import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { APP_ROLE } from '../database/app-role';
import { execute } from '../database/typed-query';
import { jobDatabase } from './job-database';

/** The schema migration 1764600000000 creates for pg-boss. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Installs pg-boss's tables, or brings them to the installed pg-boss's version, as the schema's
 * owner; run with the migrations. The API's role then only reads and writes rows: `create_queue`
 * (which creates a table per queue) runs with its owner's rights, restated after every upgrade
 * since an upgrade may replace the function.
 */
export async function installJobQueue(db: DataSource): Promise<void> {
  const boss = new PgBoss({
    db: jobDatabase(db.manager),
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, close: false });
  const createQueue = `${JOB_SCHEMA}.create_queue(text, json)`;
  // Processes starting together each run this: one at a time, or Postgres may refuse a grant
  // ("tuple concurrently updated").
  await db.transaction(async (manager) => {
    await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('signoff.install-job-queue'))`);
    await execute(
      manager,
      `ALTER FUNCTION ${createQueue} SECURITY DEFINER SET search_path = pg_catalog, pg_temp`,
    );
    await execute(manager, `REVOKE ALL ON FUNCTION ${createQueue} FROM PUBLIC`);
    await execute(manager, `GRANT EXECUTE ON FUNCTION ${createQueue} TO ${APP_ROLE}`);
    await execute(
      manager,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
  });
}
