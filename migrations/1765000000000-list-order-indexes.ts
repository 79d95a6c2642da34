import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the enrolment and learner lists need to stay flat as a centre grows: people's names in
 * the order the lists sort by (ICU's root collation, as `asName` writes it), so a page of a
 * centre's list is read in order and stops after the page instead of sorting every row; and
 * the caseload index carrying the enrolment, so a caseload is read from the index alone.
 */
export class ListOrderIndexes1765000000000 implements MigrationInterface {
  name = 'ListOrderIndexes1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX users_name_order ON users (display_name COLLATE "und-x-icu")`);
    await db.query(`DROP INDEX enrolment_assignments_caseload`);
    await db.query(
      `CREATE INDEX enrolment_assignments_caseload ON enrolment_assignments (user_id, role) INCLUDE (enrolment_id) WHERE ended_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enrolment_assignments_caseload`);
    await db.query(
      `CREATE INDEX enrolment_assignments_caseload ON enrolment_assignments (user_id, role) WHERE ended_at IS NULL`,
    );
    await db.query(`DROP INDEX users_name_order`);
  }
}
