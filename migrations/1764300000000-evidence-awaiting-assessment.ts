import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Finds the evidence awaiting assessment, counted on every enrolment list, without a scan. */
export class EvidenceAwaitingAssessment1764300000000 implements MigrationInterface {
  name = 'EvidenceAwaitingAssessment1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX evidence_versions_submitted ON evidence_versions (item_id) WHERE status = 'submitted'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX evidence_versions_submitted`);
  }
}
