import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'signoff_app';

/**
 * Hours a learner logs against an enrolment, the assessor's reviews of them, per-enrolment
 * targets, and a centre's own categories beside the two every centre has. An entry is changed
 * only by its learner while unconfirmed (each change a new revision, judged afresh); once its
 * assessor confirms it, the database refuses any change or removal: a correction is a new entry
 * naming the one it corrects (once), which takes its place in the totals. A review is a record
 * of its own, never changed or removed. An entry's evidence, and what it corrects, belong to the
 * same enrolment.
 */
export class Hours1765100400000 implements MigrationInterface {
  name = 'Hours1765100400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centre_hour_categories (
        centre_id uuid NOT NULL REFERENCES centres (id),
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{1,39}$' AND key NOT IN ('supervised_practice', 'off_the_job')),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 80),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (centre_id, key)
      )`);

    await db.query(`
      CREATE TABLE hour_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        learner_id uuid NOT NULL REFERENCES users (id),
        worked_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        activity text NOT NULL CHECK (length(btrim(activity)) BETWEEN 1 AND 2000),
        category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]{1,39}$'),
        evidence_item_id uuid REFERENCES evidence_items (id),
        corrects uuid REFERENCES hour_entries (id),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hour_entries_corrected_once UNIQUE (corrects),
        CONSTRAINT hour_entries_not_itself CHECK (corrects IS DISTINCT FROM id)
      )`);
    await db.query(
      `CREATE INDEX hour_entries_by_enrolment ON hour_entries (enrolment_id, worked_on DESC, created_at DESC)`,
    );

    await db.query(`
      CREATE TABLE hour_entry_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES hour_entries (id),
        revision integer NOT NULL CHECK (revision >= 1),
        assessor_id uuid NOT NULL REFERENCES users (id),
        decision text NOT NULL CHECK (decision IN ('confirm', 'query')),
        comment text CHECK (comment IS NULL OR length(btrim(comment)) BETWEEN 1 AND 2000),
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT hour_entry_reviews_query_says_why CHECK (decision = 'confirm' OR comment IS NOT NULL),
        CONSTRAINT hour_entry_reviews_once_per_revision UNIQUE (entry_id, revision)
      )`);

    await db.query(`
      CREATE TABLE hour_targets (
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]{1,39}$'),
        minutes integer NOT NULL CHECK (minutes >= 0 AND minutes <= 6000000),
        set_by uuid NOT NULL REFERENCES users (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, category)
      )`);

    // Whatever writes it, an entry keeps to its enrolment, and a confirmed one stays as it was.
    await db.query(`
      CREATE FUNCTION hour_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (
             SELECT 1 FROM hour_entry_reviews r WHERE r.entry_id = OLD.id AND r.decision = 'confirm') THEN
          RAISE EXCEPTION 'a confirmed hours entry cannot be changed or removed: log a correction';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND (
             (NEW.id, NEW.enrolment_id, NEW.learner_id, NEW.created_at) IS DISTINCT FROM (OLD.id, OLD.enrolment_id, OLD.learner_id, OLD.created_at)
             OR NEW.corrects IS DISTINCT FROM OLD.corrects
             OR NEW.revision <> OLD.revision + 1) THEN
          RAISE EXCEPTION 'an hours entry keeps its enrolment, learner and what it corrects, and each change is its next revision';
        END IF;
        IF TG_OP = 'INSERT' AND NOT EXISTS (
             SELECT 1 FROM enrolments e WHERE e.id = NEW.enrolment_id AND e.learner_id = NEW.learner_id) THEN
          RAISE EXCEPTION 'hours are logged by the enrolment''s learner';
        END IF;
        IF NEW.evidence_item_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM evidence_items i WHERE i.id = NEW.evidence_item_id AND i.enrolment_id = NEW.enrolment_id) THEN
          RAISE EXCEPTION 'an hours entry links evidence of its own enrolment only';
        END IF;
        IF NEW.corrects IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM hour_entries c WHERE c.id = NEW.corrects AND c.enrolment_id = NEW.enrolment_id) THEN
          RAISE EXCEPTION 'an hours entry corrects an entry of its own enrolment only';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER hour_entries_guard BEFORE INSERT OR UPDATE OR DELETE ON hour_entries
      FOR EACH ROW EXECUTE FUNCTION hour_entries_guard()`);

    await db.query(`
      CREATE FUNCTION hour_entry_reviews_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a review of hours is never changed or removed';
      END $$`);
    await db.query(`
      CREATE TRIGGER hour_entry_reviews_append_only BEFORE UPDATE OR DELETE ON hour_entry_reviews
      FOR EACH ROW EXECUTE FUNCTION hour_entry_reviews_refuse_change()`);
    await db.query(`
      CREATE TRIGGER hour_entry_reviews_no_truncate BEFORE TRUNCATE ON hour_entry_reviews
      FOR EACH STATEMENT EXECUTE FUNCTION hour_entry_reviews_refuse_change()`);

    // The API never removes an entry nor touches a review once written.
    await db.query(`REVOKE DELETE, TRUNCATE ON hour_entries FROM ${APP_ROLE}`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON hour_entry_reviews FROM ${APP_ROLE}`);
    await db.query(`REVOKE TRUNCATE ON hour_targets, centre_hour_categories FROM ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hour_targets`);
    await db.query(`DROP TABLE hour_entry_reviews`);
    await db.query(`DROP FUNCTION hour_entry_reviews_refuse_change()`);
    await db.query(`DROP TABLE hour_entries`);
    await db.query(`DROP FUNCTION hour_entries_guard()`);
    await db.query(`DROP TABLE centre_hour_categories`);
  }
}
