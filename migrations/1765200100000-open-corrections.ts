import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finds the learners with a correction waiting for an admin (the admin's home and the learners
 * list's `?corrections=open`) from the few open corrections, not by probing every profile.
 */
export class OpenCorrections1765200100000 implements MigrationInterface {
  name = 'OpenCorrections1765200100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX profile_corrections_open ON profile_corrections (learner_id) WHERE status = 'open'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX profile_corrections_open`);
  }
}
