import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Learner profiles, enrolments with their status history and who held them, and corrections. */
export class LearnersAndEnrolments1764000000000 implements MigrationInterface {
  name = 'LearnersAndEnrolments1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learner_profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        centre_id uuid NOT NULL REFERENCES centres (id),
        date_of_birth date NOT NULL,
        uln text CHECK (uln ~ '^[0-9]{10}$'),
        employer jsonb,
        prior_qualifications jsonb NOT NULL DEFAULT '[]',
        english_evidence jsonb NOT NULL DEFAULT '[]',
        experience_years numeric(4, 1) CHECK (experience_years >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX learner_profiles_uln_key ON learner_profiles (uln) WHERE uln IS NOT NULL`,
    );
    await db.query(`CREATE INDEX learner_profiles_centre_idx ON learner_profiles (centre_id)`);
    await db.query(`
      CREATE TABLE profile_corrections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL REFERENCES learner_profiles (user_id) ON DELETE CASCADE,
        field text NOT NULL,
        proposed text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'declined')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres (id),
        learner_id uuid NOT NULL REFERENCES learner_profiles (user_id),
        qualification_version_id uuid NOT NULL REFERENCES qualification_versions (id),
        pathway text,
        start_date date NOT NULL,
        planned_end_date date NOT NULL,
        registration_number text,
        target_hours jsonb,
        status text NOT NULL DEFAULT 'active'
          CHECK (status IN ('active', 'break_in_learning', 'withdrawn', 'completed', 'certificated')),
        planned_units jsonb NOT NULL DEFAULT '[]',
        entry_check jsonb NOT NULL,
        entry_override_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CHECK (planned_end_date > start_date)
      )`);
    await db.query(`CREATE INDEX enrolments_centre_idx ON enrolments (centre_id, status)`);
    await db.query(`CREATE INDEX enrolments_learner_idx ON enrolments (learner_id)`);
    await db.query(`
      CREATE TABLE enrolment_status_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        status text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        note text
      )`);
    await db.query(
      `CREATE INDEX enrolment_status_history_idx ON enrolment_status_history (enrolment_id, id)`,
    );
    await db.query(`
      CREATE TABLE enrolment_assignments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('assessor', 'iqa')),
        user_id uuid NOT NULL REFERENCES users (id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ended_at timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX enrolment_assignments_current ON enrolment_assignments (enrolment_id, role) WHERE ended_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX enrolment_assignments_caseload ON enrolment_assignments (user_id, role) WHERE ended_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE enrolment_assignments`);
    await db.query(`DROP TABLE enrolment_status_history`);
    await db.query(`DROP TABLE enrolments`);
    await db.query(`DROP TABLE profile_corrections`);
    await db.query(`DROP TABLE learner_profiles`);
  }
}
