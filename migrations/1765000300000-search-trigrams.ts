import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes on the folded names and pathways, so that a search of a centre's enrolments
 * finds each word's matches in an index instead of testing every enrolment (`LIKE '%word%'` can
 * use a trigram index). pg_trgm ships with Postgres (contrib) and is trusted, so the database's
 * owner may create it; the embedded database loads it too.
 */
export class SearchTrigrams1765000300000 implements MigrationInterface {
  name = 'SearchTrigrams1765000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(
      `CREATE INDEX users_search_name_trgm ON users USING gin (search_name gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX enrolments_search_pathway_trgm ON enrolments USING gin (search_pathway gin_trgm_ops)`,
    );
    await db.query(
      `CREATE INDEX enrolments_qualification_version_idx ON enrolments (qualification_version_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enrolments_qualification_version_idx`);
    await db.query(`DROP INDEX enrolments_search_pathway_trgm`);
    await db.query(`DROP INDEX users_search_name_trgm`);
    await db.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
