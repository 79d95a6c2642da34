import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'signoff_app';

/**
 * The job queue's schema (pg-boss). The owner creates it here; pg-boss then installs and upgrades
 * its own tables in it when migrations run (it keeps its version in `pgboss.version`). The API's
 * role reads and writes jobs, and creates nothing: queues are made through pg-boss's
 * `create_queue`, which runs with its owner's rights.
 */
export class JobQueue1764600000000 implements MigrationInterface {
  name = 'JobQueue1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA pgboss`);
    await db.query(`GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss REVOKE ALL ON TABLES FROM ${APP_ROLE}`,
    );
    await db.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
