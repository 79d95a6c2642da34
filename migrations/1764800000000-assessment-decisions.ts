import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'signoff_app';

/**
 * An assessor's decisions on evidence versions: accept, refer, or withdraw an acceptance, each a
 * record written once and never changed or removed (a change of mind is the next record). The
 * database's clock dates each one. Feedback is required to refer and as the reason for a
 * withdrawal; the mapping is the assessor's claims, in the learner's claims' shape.
 */
export class AssessmentDecisions1764800000000 implements MigrationInterface {
  name = 'AssessmentDecisions1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES evidence_versions (id),
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        assessor_id uuid NOT NULL REFERENCES users (id),
        decision text NOT NULL CHECK (decision IN ('accept', 'refer', 'withdraw_acceptance')),
        feedback text CHECK (feedback IS NULL OR length(btrim(feedback)) > 0),
        mapping jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(mapping) = 'array'),
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessment_decisions_feedback_required
          CHECK (decision = 'accept' OR feedback IS NOT NULL)
      )`);
    // The latest decision on a version, and a version's decisions newest first.
    await db.query(`
      CREATE INDEX assessment_decisions_version_latest
        ON assessment_decisions (version_id, decided_at DESC, id DESC)`);
    await db.query(`
      CREATE FUNCTION assessment_decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an assessment decision is never changed or removed: record a new one';
      END $$`);
    await db.query(`
      CREATE TRIGGER assessment_decisions_append_only BEFORE UPDATE OR DELETE ON assessment_decisions
      FOR EACH ROW EXECUTE FUNCTION assessment_decisions_refuse_change()`);
    await db.query(`
      CREATE TRIGGER assessment_decisions_no_truncate BEFORE TRUNCATE ON assessment_decisions
      FOR EACH STATEMENT EXECUTE FUNCTION assessment_decisions_refuse_change()`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON assessment_decisions FROM ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assessment_decisions`);
    await db.query(`DROP FUNCTION assessment_decisions_refuse_change()`);
  }
}
