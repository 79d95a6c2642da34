import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Centres, users with roles per centre, server-side sessions, login limits, password links and
 * the append-only, hash-chained audit trail. */
export class AccountsSessionsAudit1763900000000 implements MigrationInterface {
  name = 'AccountsSessionsAudit1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centres (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text,
        disabled_at timestamptz,
        password_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await db.query(`
      CREATE TABLE memberships (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        centre_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'assessor', 'iqa', 'eqa', 'learner')),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, centre_id, role)
      )`);
    await db.query(`CREATE INDEX memberships_centre_idx ON memberships (centre_id, role)`);
    await db.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await db.query(`CREATE INDEX sessions_expiry_idx ON sessions (expires_at)`);
    await db.query(`
      CREATE TABLE password_link_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        issued_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX password_link_tokens_user_idx ON password_link_tokens (user_id)`);
    await db.query(`
      CREATE TABLE login_failures (
        subject text NOT NULL,
        window_start timestamptz NOT NULL,
        failures integer NOT NULL,
        PRIMARY KEY (subject, window_start)
      )`);
    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        centre_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        previous_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id)`,
    );
    await db.query(`CREATE INDEX audit_events_centre_idx ON audit_events (centre_id, occurred_at)`);
    // Each event's hash covers its content and the previous event's hash, so rewriting or removing
    // any row breaks the chain from there on. The advisory lock serialises appends.
    await db.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
        SELECT hash INTO NEW.previous_hash FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.previous_hash := coalesce(NEW.previous_hash, repeat('0', 64));
        NEW.hash := encode(sha256(convert_to(concat_ws('|',
          NEW.previous_hash, NEW.id::text, to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce(NEW.actor_id::text, ''), coalesce(NEW.centre_id::text, ''), NEW.action,
          NEW.subject_type, NEW.subject_id, coalesce(NEW.before::text, ''), coalesce(NEW.after::text, ''),
          coalesce(NEW.request_id, '')), 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
    await db.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_refuse_change()`);
    await db.query(`DROP FUNCTION audit_events_chain()`);
    await db.query(`DROP TABLE login_failures`);
    await db.query(`DROP TABLE password_link_tokens`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE memberships`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE centres`);
  }
}
