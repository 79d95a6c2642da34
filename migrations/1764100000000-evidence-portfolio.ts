import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence portfolio: items, their versions (a submitted one never changes), the files they
 * hold, the learner's declarations (never changed), and each centre's short codes for methods.
 */
export class EvidencePortfolio1764100000000 implements MigrationInterface {
  name = 'EvidencePortfolio1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centre_method_codes (
        centre_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        method text NOT NULL,
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 8),
        PRIMARY KEY (centre_id, method)
      )`);
    await db.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        storage_key text NOT NULL UNIQUE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        media_type text NOT NULL,
        previewable boolean NOT NULL,
        original_name text NOT NULL,
        uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE evidence_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        author_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX evidence_items_enrolment_idx ON evidence_items (enrolment_id)`);
    await db.query(`
      CREATE TABLE evidence_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'referred')),
        method text NOT NULL,
        title text NOT NULL,
        narrative text NOT NULL DEFAULT '',
        activity_date date NOT NULL,
        claims jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_id, number)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX evidence_versions_one_draft ON evidence_versions (item_id) WHERE status = 'draft'`,
    );
    await db.query(
      `CREATE INDEX evidence_versions_claims_idx ON evidence_versions USING gin (claims jsonb_path_ops)`,
    );
    await db.query(`
      CREATE TABLE evidence_version_files (
        version_id uuid NOT NULL REFERENCES evidence_versions (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_files (id),
        position integer NOT NULL,
        PRIMARY KEY (version_id, file_id)
      )`);
    await db.query(`
      CREATE TABLE declarations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL UNIQUE REFERENCES evidence_versions (id),
        learner_id uuid NOT NULL REFERENCES users (id),
        statement text NOT NULL,
        declared_at timestamptz NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    // What was declared stays as it was declared: once a version leaves draft, only its status
    // may move on (submitted to accepted or referred), and nothing can be removed.
    await db.query(`
      CREATE FUNCTION evidence_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await db.query(`
      CREATE TRIGGER evidence_versions_freeze BEFORE UPDATE OR DELETE ON evidence_versions
      FOR EACH ROW EXECUTE FUNCTION evidence_versions_freeze()`);
    await db.query(`
      CREATE FUNCTION evidence_version_files_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        version_status text;
      BEGIN
        SELECT status INTO version_status FROM evidence_versions
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
        -- A cascade from a draft version being deleted finds no version left.
        IF version_status IS NOT NULL AND version_status <> 'draft' THEN
          RAISE EXCEPTION 'the files of a % evidence version cannot be changed', version_status;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await db.query(`
      CREATE TRIGGER evidence_version_files_freeze BEFORE INSERT OR UPDATE OR DELETE ON evidence_version_files
      FOR EACH ROW EXECUTE FUNCTION evidence_version_files_freeze()`);
    await db.query(`
      CREATE FUNCTION declarations_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a declaration is never changed';
      END $$`);
    await db.query(`
      CREATE TRIGGER declarations_refuse_change BEFORE UPDATE OR DELETE ON declarations
      FOR EACH ROW EXECUTE FUNCTION declarations_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE declarations`);
    await db.query(`DROP FUNCTION declarations_refuse_change()`);
    await db.query(`DROP TABLE evidence_version_files`);
    await db.query(`DROP FUNCTION evidence_version_files_freeze()`);
    await db.query(`DROP TABLE evidence_versions`);
    await db.query(`DROP FUNCTION evidence_versions_freeze()`);
    await db.query(`DROP TABLE evidence_items`);
    await db.query(`DROP TABLE stored_files`);
    await db.query(`DROP TABLE centre_method_codes`);
  }
}
