import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EVIDENCE_VERSION_STATUS_MOVES_1764650000000 } from './1764650000000-evidence-transitions';

const APP_ROLE = 'signoff_app';

/** The status moves after this migration: see EvidenceTransitions1764650000000 for the rule. */
export const EVIDENCE_VERSION_STATUS_MOVES_1765100000000 = [
  ['draft', 'submitted'],
  ['draft', 'awaiting_countersignature'],
  ['awaiting_countersignature', 'accepted'],
  ['awaiting_countersignature', 'referred'],
  ['submitted', 'accepted'],
  ['submitted', 'referred'],
  ['accepted', 'submitted'],
] as const;

/** What a version holds once out of draft; the trigger refuses any change to it. */
const DECLARED_COLUMNS = `item_id, number, method, title, narrative, activity_date, claims, created_at`;
const RECORD_COLUMNS = `setting, start_time, end_time, witness_name, witness_job_role, witness_relationship, witness_expert`;

function freezeFunction(
  pairs: readonly (readonly [string, string])[],
  declaredColumns: string,
): string {
  const allowed = pairs.map(([from, to]) => `('${from}', '${to}')`).join(', ');
  const columns = declaredColumns
    .split(',')
    .map((column) => column.trim())
    .filter((column) => column !== '');
  const tuple = (row: string) => `(${columns.map((column) => `${row}.${column}`).join(', ')})`;
  return `
      CREATE OR REPLACE FUNCTION evidence_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
           AND (OLD.status, NEW.status) NOT IN (VALUES ${allowed}) THEN
          RAISE EXCEPTION 'an evidence version cannot move from % to %', OLD.status, NEW.status;
        END IF;
        IF OLD.status = 'draft' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        -- Once out of draft, only the status moves on; what was declared stays as it was.
        IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
           AND ${tuple('NEW')} IS NOT DISTINCT FROM ${tuple('OLD')} THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a % evidence version cannot be changed', OLD.status;
      END $$`;
}

/**
 * Records made at the workplace are evidence items like any other, told apart by who wrote them
 * (`origin`): an assessor's direct observation or professional discussion, which the assessor
 * signs (their declaration) and the learner countersigns; and a witness's testimony, declared
 * by a witness who has no account. A version keeps an observation's setting and times and the
 * witness's stated particulars, frozen with the rest once out of draft. A countersignature is a
 * signed record: inserted once, never changed or removed.
 */
export class WorkplaceRecords1765100000000 implements MigrationInterface {
  name = 'WorkplaceRecords1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE evidence_items ADD COLUMN origin text NOT NULL DEFAULT 'learner'
        CHECK (origin IN ('learner', 'assessor', 'witness'))`);
    await db.query(`ALTER TABLE evidence_versions DROP CONSTRAINT evidence_versions_status_check`);
    await db.query(`
      ALTER TABLE evidence_versions ADD CONSTRAINT evidence_versions_status_check
        CHECK (status IN ('draft', 'submitted', 'awaiting_countersignature', 'accepted', 'referred'))`);
    await db.query(`
      ALTER TABLE evidence_versions
        ADD COLUMN setting text,
        ADD COLUMN start_time time,
        ADD COLUMN end_time time,
        ADD COLUMN witness_name text,
        ADD COLUMN witness_job_role text,
        ADD COLUMN witness_relationship text,
        ADD COLUMN witness_expert boolean,
        ADD CONSTRAINT evidence_versions_observed_in_order CHECK (end_time IS NULL OR start_time IS NULL OR end_time > start_time),
        ADD CONSTRAINT evidence_versions_witness_whole
          CHECK ((witness_name IS NULL) = (witness_job_role IS NULL)
             AND (witness_name IS NULL) = (witness_relationship IS NULL)
             AND (witness_name IS NULL) = (witness_expert IS NULL))`);
    await db.query(
      freezeFunction(
        EVIDENCE_VERSION_STATUS_MOVES_1765100000000,
        `${DECLARED_COLUMNS}, ${RECORD_COLUMNS}`,
      ),
    );
    // The records awaiting a learner's countersignature, found without a scan.
    await db.query(
      `CREATE INDEX evidence_versions_awaiting_countersignature ON evidence_versions (item_id) WHERE status = 'awaiting_countersignature'`,
    );

    // A declaration is made by the learner, the assessor who wrote a record, or a witness (no
    // account: a name as given). Renaming a column fires no row trigger: nothing declared changes.
    await db.query(`ALTER TABLE declarations RENAME COLUMN learner_id TO declared_by`);
    await db.query(`ALTER TABLE declarations ALTER COLUMN declared_by DROP NOT NULL`);
    await db.query(`
      ALTER TABLE declarations
        ADD COLUMN declared_as text NOT NULL DEFAULT 'learner' CHECK (declared_as IN ('learner', 'assessor', 'witness')),
        ADD COLUMN declarant_name text CHECK (declarant_name IS NULL OR length(btrim(declarant_name)) > 0),
        ADD COLUMN idempotency_key text CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 200),
        ADD CONSTRAINT declarations_declarant CHECK (
          CASE WHEN declared_as = 'witness' THEN declared_by IS NULL AND declarant_name IS NOT NULL
               ELSE declared_by IS NOT NULL END),
        ADD CONSTRAINT declarations_idempotency UNIQUE (declared_by, idempotency_key)`);

    await db.query(`
      CREATE TABLE evidence_countersignatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES evidence_versions (id),
        learner_id uuid NOT NULL REFERENCES users (id),
        agreed boolean NOT NULL,
        comment text CHECK (comment IS NULL OR length(btrim(comment)) > 0),
        statement text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_sha256 text NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT evidence_countersignatures_reason CHECK (agreed OR comment IS NOT NULL),
        CONSTRAINT evidence_countersignatures_once UNIQUE (version_id),
        CONSTRAINT evidence_countersignatures_idempotency UNIQUE (learner_id, idempotency_key)
      )`);
    await db.query(`
      CREATE FUNCTION evidence_countersignatures_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a countersignature is never changed or removed';
      END $$`);
    await db.query(`
      CREATE TRIGGER evidence_countersignatures_append_only BEFORE UPDATE OR DELETE ON evidence_countersignatures
      FOR EACH ROW EXECUTE FUNCTION evidence_countersignatures_refuse_change()`);
    await db.query(`
      CREATE TRIGGER evidence_countersignatures_no_truncate BEFORE TRUNCATE ON evidence_countersignatures
      FOR EACH STATEMENT EXECUTE FUNCTION evidence_countersignatures_refuse_change()`);
    await db.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON evidence_countersignatures FROM ${APP_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evidence_countersignatures`);
    await db.query(`DROP FUNCTION evidence_countersignatures_refuse_change()`);
    await db.query(`
      ALTER TABLE declarations
        DROP CONSTRAINT declarations_idempotency,
        DROP CONSTRAINT declarations_declarant,
        DROP COLUMN idempotency_key,
        DROP COLUMN declarant_name,
        DROP COLUMN declared_as`);
    await db.query(`ALTER TABLE declarations ALTER COLUMN declared_by SET NOT NULL`);
    await db.query(`ALTER TABLE declarations RENAME COLUMN declared_by TO learner_id`);
    await db.query(`DROP INDEX evidence_versions_awaiting_countersignature`);
    await db.query(freezeFunction(EVIDENCE_VERSION_STATUS_MOVES_1764650000000, DECLARED_COLUMNS));
    await db.query(`
      ALTER TABLE evidence_versions
        DROP CONSTRAINT evidence_versions_witness_whole,
        DROP CONSTRAINT evidence_versions_observed_in_order,
        DROP COLUMN setting, DROP COLUMN start_time, DROP COLUMN end_time, DROP COLUMN witness_name,
        DROP COLUMN witness_job_role, DROP COLUMN witness_relationship, DROP COLUMN witness_expert`);
    await db.query(`ALTER TABLE evidence_versions DROP CONSTRAINT evidence_versions_status_check`);
    await db.query(`
      ALTER TABLE evidence_versions ADD CONSTRAINT evidence_versions_status_check
        CHECK (status IN ('draft', 'submitted', 'accepted', 'referred'))`);
    await db.query(`ALTER TABLE evidence_items DROP COLUMN origin`);
  }
}
