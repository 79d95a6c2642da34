import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The qualification catalogue: qualifications and their versions, drafts and immutable published ones. */
export class QualificationCatalogue1763990000000 implements MigrationInterface {
  name = 'QualificationCatalogue1763990000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE qualifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identity_key text NOT NULL UNIQUE,
        awarding_body text,
        code text,
        title text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE qualification_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        qualification_id uuid NOT NULL REFERENCES qualifications (id) ON DELETE RESTRICT,
        number integer NOT NULL CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        document jsonb NOT NULL,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        published_by uuid REFERENCES users (id) ON DELETE SET NULL,
        UNIQUE (qualification_id, number),
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX qualification_versions_one_draft ON qualification_versions (qualification_id) WHERE status = 'draft'`,
    );
    // A published version is what enrolments pin and sign-offs are measured against: the
    // database itself refuses to change or remove one.
    await db.query(`
      CREATE FUNCTION qualification_versions_freeze_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published qualification versions are immutable';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await db.query(`
      CREATE TRIGGER qualification_versions_freeze_published BEFORE UPDATE OR DELETE ON qualification_versions
      FOR EACH ROW EXECUTE FUNCTION qualification_versions_freeze_published()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE qualification_versions`);
    await db.query(`DROP FUNCTION qualification_versions_freeze_published()`);
    await db.query(`DROP TABLE qualifications`);
  }
}
