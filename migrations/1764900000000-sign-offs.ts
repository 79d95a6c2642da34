import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'signoff_app';
const APPEND_ONLY = ['sign_offs', 'sign_off_evidence', 'sign_off_revocations', 'sign_off_flags'];

/**
 * Signatures on a unit's matrix: an assessor signs rows (criteria, or outcomes without criteria),
 * then the unit, and the learner countersigns it. Each signature stores the canonical JSON of
 * what it signed beside its SHA-256, so anyone can recompute it, and names each accepted evidence
 * version it relied on with the acceptance decision whose mapping it used. A revocation and a flag
 * (evidence relied on was withdrawn) are records of their own, at most one of each per signature.
 * Nothing here is ever changed or removed: triggers refuse it, and the API's role holds no grant
 * for it. A retried signing request carries the same Idempotency-Key, unique per signer.
 */
export class SignOffs1764900000000 implements MigrationInterface {
  name = 'SignOffs1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_offs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        unit text NOT NULL CHECK (length(unit) > 0),
        kind text NOT NULL CHECK (kind IN ('rows', 'unit', 'countersignature')),
        rows text[] NOT NULL CHECK (cardinality(rows) > 0),
        signer_id uuid NOT NULL REFERENCES users (id),
        signer_role text NOT NULL CHECK (signer_role IN ('assessor', 'learner')),
        centre_id uuid NOT NULL REFERENCES centres (id),
        signed_at timestamptz NOT NULL DEFAULT now(),
        statement text NOT NULL CHECK (length(btrim(statement)) > 0),
        content text NOT NULL,
        content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_sha256 text NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT sign_offs_learner_countersigns
          CHECK ((kind = 'countersignature') = (signer_role = 'learner')),
        CONSTRAINT sign_offs_idempotency UNIQUE (signer_id, idempotency_key)
      )`);
    await db.query(
      `CREATE INDEX sign_offs_enrolment_unit ON sign_offs (enrolment_id, unit, signed_at)`,
    );
    await db.query(`
      CREATE TABLE sign_off_evidence (
        sign_off_id uuid NOT NULL REFERENCES sign_offs (id),
        version_id uuid NOT NULL REFERENCES evidence_versions (id),
        acceptance_id uuid NOT NULL REFERENCES assessment_decisions (id),
        PRIMARY KEY (sign_off_id, version_id)
      )`);
    // Which signatures relied on a version, to flag them when its acceptance is withdrawn.
    await db.query(`CREATE INDEX sign_off_evidence_version ON sign_off_evidence (version_id)`);
    await db.query(`
      CREATE TABLE sign_off_revocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sign_off_id uuid NOT NULL UNIQUE REFERENCES sign_offs (id),
        revoked_by uuid NOT NULL REFERENCES users (id),
        revoker_role text NOT NULL CHECK (revoker_role IN ('signer', 'admin')),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE sign_off_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sign_off_id uuid NOT NULL UNIQUE REFERENCES sign_offs (id),
        withdrawal_id uuid NOT NULL REFERENCES assessment_decisions (id),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        raised_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE FUNCTION sign_offs_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is never changed or removed: record a revocation or a new signature',
          TG_TABLE_NAME;
      END $$`);
    for (const table of APPEND_ONLY) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION sign_offs_refuse_change()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION sign_offs_refuse_change()`);
      await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM ${APP_ROLE}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...APPEND_ONLY].reverse()) await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION sign_offs_refuse_change()`);
  }
}
