import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each centre's reading of progress against time: the RAG margins, in percentage points by which
 * the share of the qualification achieved may lag the share of learning time elapsed before an
 * enrolment is amber (behind) or red (well behind), and the weeks between progress reviews.
 * Every centre has them, with the defaults until its admins choose otherwise.
 */
export class ProgressSettings1765200000000 implements MigrationInterface {
  name = 'ProgressSettings1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE centres
        ADD COLUMN rag_amber_margin smallint NOT NULL DEFAULT 10,
        ADD COLUMN rag_red_margin smallint NOT NULL DEFAULT 25,
        ADD COLUMN review_interval_weeks smallint NOT NULL DEFAULT 12,
        ADD CONSTRAINT centres_rag_margins
          CHECK (0 <= rag_amber_margin AND rag_amber_margin < rag_red_margin AND rag_red_margin <= 100),
        ADD CONSTRAINT centres_review_interval CHECK (review_interval_weeks BETWEEN 1 AND 52)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE centres
        DROP COLUMN rag_amber_margin,
        DROP COLUMN rag_red_margin,
        DROP COLUMN review_interval_weeks`);
  }
}
