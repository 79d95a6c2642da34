import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two lookups that scanned whole tables: an enrolment's staff history (every assignment, ended
 * or not; the existing index holds current ones only), and the versions holding a file, which
 * the access check on every download asks (the key starts with the version, not the file).
 */
export class AccessIndexes1764700000000 implements MigrationInterface {
  name = 'AccessIndexes1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX enrolment_assignments_enrolment ON enrolment_assignments (enrolment_id)`,
    );
    await db.query(`CREATE INDEX evidence_version_files_file ON evidence_version_files (file_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX evidence_version_files_file`);
    await db.query(`DROP INDEX enrolment_assignments_enrolment`);
  }
}
