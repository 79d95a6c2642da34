import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts each person's writes of one kind (evidence created, files uploaded) per window, in the
 * database every process shares, so a burst meets the same limit whichever process it reaches.
 */
export class WriteBurstCounts1764450000000 implements MigrationInterface {
  name = 'WriteBurstCounts1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE write_burst_counts (
        subject text NOT NULL,
        window_start timestamptz NOT NULL,
        writes integer NOT NULL,
        PRIMARY KEY (subject, window_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE write_burst_counts`);
  }
}
