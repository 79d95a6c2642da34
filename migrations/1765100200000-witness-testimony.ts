import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'signoff_app';

/**
 * Witness testimony: each centre's register of witnesses (an expert witness with their
 * occupational competence noted), and the requests a learner or an assessor sends one of them.
 * A request's link carries a long token that is never stored: only its SHA-256 is, for looking
 * the request up. A request is settled once, by a statement (its evidence item) or a revocation,
 * and then never changes; neither a request nor a witness is ever removed by the API.
 */
export class WitnessTestimony1765100200000 implements MigrationInterface {
  name = 'WitnessTestimony1765100200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centre_witnesses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        job_role text NOT NULL CHECK (length(btrim(job_role)) > 0),
        email text NOT NULL CHECK (length(btrim(email)) > 0),
        expert boolean NOT NULL,
        occupational_competence text CHECK (occupational_competence IS NULL OR length(btrim(occupational_competence)) > 0),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT centre_witnesses_expert_competence CHECK (NOT expert OR occupational_competence IS NOT NULL)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX centre_witnesses_email ON centre_witnesses (centre_id, lower(email))`,
    );

    await db.query(`
      CREATE TABLE witness_requests (
        id uuid PRIMARY KEY,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        witness_id uuid NOT NULL REFERENCES centre_witnesses (id),
        relationship text NOT NULL CHECK (length(btrim(relationship)) > 0),
        claims jsonb NOT NULL CHECK (jsonb_typeof(claims) = 'array' AND jsonb_array_length(claims) > 0),
        message text CHECK (message IS NULL OR length(btrim(message)) > 0),
        requested_by uuid NOT NULL REFERENCES users (id),
        token_sha256 text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        submitted_at timestamptz,
        evidence_item_id uuid UNIQUE REFERENCES evidence_items (id),
        email_requested boolean NOT NULL DEFAULT false,
        CONSTRAINT witness_requests_expiry CHECK (expires_at > created_at),
        CONSTRAINT witness_requests_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
        CONSTRAINT witness_requests_submission CHECK ((submitted_at IS NULL) = (evidence_item_id IS NULL)),
        CONSTRAINT witness_requests_settled_once CHECK (revoked_at IS NULL OR submitted_at IS NULL)
      )`);
    await db.query(
      `CREATE INDEX witness_requests_enrolment ON witness_requests (enrolment_id, created_at)`,
    );
    await db.query(`CREATE INDEX witness_requests_witness ON witness_requests (witness_id)`);
    // A settled request (given or revoked) stays as it was settled; an open one keeps what the
    // witness was asked (only its expiry may be brought forward or put back).
    await db.query(`
      CREATE FUNCTION witness_requests_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'a witness request is never removed';
        END IF;
        IF OLD.submitted_at IS NOT NULL OR OLD.revoked_at IS NOT NULL THEN
          RAISE EXCEPTION 'a settled witness request cannot be changed';
        END IF;
        IF (NEW.id, NEW.enrolment_id, NEW.witness_id, NEW.relationship, NEW.claims, NEW.message, NEW.requested_by,
            NEW.token_sha256, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.enrolment_id, OLD.witness_id, OLD.relationship, OLD.claims, OLD.message, OLD.requested_by,
            OLD.token_sha256, OLD.created_at) THEN
          RAISE EXCEPTION 'what a witness was asked cannot be changed';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER witness_requests_freeze BEFORE UPDATE OR DELETE ON witness_requests
      FOR EACH ROW EXECUTE FUNCTION witness_requests_freeze()`);
    // The default privileges give the API's role every row right; it never removes either.
    await db.query(
      `REVOKE DELETE, TRUNCATE ON centre_witnesses, witness_requests FROM ${APP_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE witness_requests`);
    await db.query(`DROP FUNCTION witness_requests_freeze()`);
    await db.query(`DROP TABLE centre_witnesses`);
  }
}
