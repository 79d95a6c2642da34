import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Belonging to a centre is recorded apart from the roles held there, so a person whose roles are
 * all removed stays listed for the centre's admins, and an admin suspends someone only at their
 * own centres. Suspension replaces the install-wide `users.disabled_at`: a person disabled before
 * is suspended at every centre they belong to.
 */
export class CentreMembers1764400000000 implements MigrationInterface {
  name = 'CentreMembers1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE centre_members (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        centre_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        suspended_at timestamptz,
        suspended_by uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (user_id, centre_id),
        CHECK (suspended_at IS NOT NULL OR suspended_by IS NULL)
      )`);
    await db.query(`CREATE INDEX centre_members_centre_idx ON centre_members (centre_id)`);
    await db.query(`
      INSERT INTO centre_members (user_id, centre_id, joined_at, suspended_at)
      SELECT m.user_id, m.centre_id, min(m.granted_at), u.disabled_at
        FROM memberships m JOIN users u ON u.id = m.user_id
       GROUP BY m.user_id, m.centre_id, u.disabled_at`);
    // A role is held only by a member of the centre.
    await db.query(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_member_fkey
        FOREIGN KEY (user_id, centre_id) REFERENCES centre_members (user_id, centre_id) ON DELETE CASCADE`);
    await db.query(`ALTER TABLE users DROP COLUMN disabled_at`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN disabled_at timestamptz`);
    await db.query(`
      UPDATE users u SET disabled_at = s.suspended_at
        FROM (SELECT user_id, max(suspended_at) AS suspended_at FROM centre_members
               GROUP BY user_id HAVING bool_and(suspended_at IS NOT NULL)) s
       WHERE s.user_id = u.id`);
    await db.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_member_fkey`);
    await db.query(`DROP TABLE centre_members`);
  }
}
