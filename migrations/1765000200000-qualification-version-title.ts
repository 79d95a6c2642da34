import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each qualification version's title as a column of its own, kept from its document by Postgres:
 * the lists show it beside every enrolment, and reading it out of the document (large, stored
 * out of line) cost more than the rest of a caseload's page.
 */
export class QualificationVersionTitle1765000200000 implements MigrationInterface {
  name = 'QualificationVersionTitle1765000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE qualification_versions ADD COLUMN title text GENERATED ALWAYS AS (document ->> 'title') STORED`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE qualification_versions DROP COLUMN title`);
  }
}
