import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The (old, new) status pairs an evidence version's row may take, and no others: the moves of
 * the transition table in libs/domain (evidence-transitions.ts) that change a version in place.
 * Written out here because migrations import nothing; a unit test checks the two agree, so a
 * new move needs a new migration with the new list.
 */
export const EVIDENCE_VERSION_STATUS_MOVES_1764650000000 = [
  ['draft', 'submitted'],
  ['submitted', 'accepted'],
  ['submitted', 'referred'],
  ['accepted', 'submitted'],
] as const;

/**
 * The database refuses any status move outside the transition table, from any SQL, as it already
 * refused a change to what was declared. Before, a draft could take any status, and a submitted
 * version only be accepted or referred.
 */
export class EvidenceTransitions1764650000000 implements MigrationInterface {
  name = 'EvidenceTransitions1764650000000';

  async up(db: QueryRunner): Promise<void> {
    const pairs = EVIDENCE_VERSION_STATUS_MOVES_1764650000000.map(
      ([from, to]) => `('${from}', '${to}')`,
    ).join(', ');
    await db.query(`
      CREATE OR REPLACE FUNCTION evidence_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
           AND (OLD.status, NEW.status) NOT IN (VALUES ${pairs}) THEN
          RAISE EXCEPTION 'an evidence version cannot move from % to %', OLD.status, NEW.status;
        END IF;
        IF OLD.status = 'draft' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        -- Once out of draft, only the status moves on; what was declared stays as it was.
        IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
           AND (NEW.item_id, NEW.number, NEW.method, NEW.title, NEW.narrative, NEW.activity_date, NEW.claims, NEW.created_at)
               IS NOT DISTINCT FROM (OLD.item_id, OLD.number, OLD.method, OLD.title, OLD.narrative, OLD.activity_date, OLD.claims, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a % evidence version cannot be changed', OLD.status;
      END $$`);
  }

  /** Back to the function of EvidencePortfolio1764100000000. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION evidence_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'draft' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.status = 'submitted' AND NEW.status IN ('accepted', 'referred')
           AND (NEW.item_id, NEW.number, NEW.method, NEW.title, NEW.narrative, NEW.activity_date, NEW.claims, NEW.created_at)
               IS NOT DISTINCT FROM (OLD.item_id, OLD.number, OLD.method, OLD.title, OLD.narrative, OLD.activity_date, OLD.claims, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a % evidence version cannot be changed', OLD.status;
      END $$`);
  }
}
