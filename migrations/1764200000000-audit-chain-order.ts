import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The content each audit hash covers; unchanged from the trail's first migration. */
const CONTENT = `concat_ws('|',
  NEW.previous_hash, NEW.id::text, to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
  coalesce(NEW.actor_id::text, ''), coalesce(NEW.centre_id::text, ''), NEW.action,
  NEW.subject_type, NEW.subject_id, coalesce(NEW.before::text, ''), coalesce(NEW.after::text, ''),
  coalesce(NEW.request_id, ''))`;

/**
 * Audit events take their id (and time) only once they hold the chain's lock. Before, the id came
 * from the column default, drawn before the lock: two transactions writing at once could chain
 * in the opposite order to their ids, so a walk of the trail by id found a broken link where
 * nothing had been rewritten.
 */
export class AuditChainOrder1764200000000 implements MigrationInterface {
  name = 'AuditChainOrder1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
        NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
        NEW.occurred_at := clock_timestamp();
        SELECT hash INTO NEW.previous_hash FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.previous_hash := coalesce(NEW.previous_hash, repeat('0', 64));
        NEW.hash := encode(sha256(convert_to(${CONTENT}, 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
        SELECT hash INTO NEW.previous_hash FROM audit_events ORDER BY id DESC LIMIT 1;
        NEW.previous_hash := coalesce(NEW.previous_hash, repeat('0', 64));
        NEW.hash := encode(sha256(convert_to(${CONTENT}, 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
  }
}
