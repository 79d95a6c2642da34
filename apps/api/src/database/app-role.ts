import { Client } from 'pg';

/** The role whose grants the API runs with (created by the migrations if missing). */
export const APP_ROLE = 'signoff_app';

interface RolePowers {
  role: string;
  superuser: boolean;
  ownsTables: boolean;
  writesAudit: boolean;
}

/**
 * Checks the role the API connects as. A superuser, or the tables' owner, can switch the
 * append-only triggers off and rewrite the audit trail and submitted evidence: that is allowed
 * (one URL for everything still works) but returned as a warning for the log. A role that cannot
 * use the tables at all stops the start with what to grant.
 */
export async function checkApiRole(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let powers: RolePowers;
  try {
    powers = (
      await client.query<RolePowers>(`
        SELECT current_user AS role,
               r.rolsuper AS "superuser",
               EXISTS (SELECT FROM pg_tables t WHERE t.schemaname = 'public'
                         AND pg_has_role(current_user, t.tableowner, 'MEMBER')) AS "ownsTables",
               has_table_privilege('public.audit_events', 'INSERT') AS "writesAudit"
          FROM pg_roles r WHERE r.rolname = current_user`)
    ).rows[0];
  } finally {
    await client.end();
  }
  if (powers.superuser || powers.ownsTables) {
    return (
      `DATABASE_URL connects as "${powers.role}", ${powers.superuser ? 'a superuser' : "the tables' owner"}, ` +
      "which can switch off the database's protection of the audit trail and submitted evidence. " +
      `Give the owner to MIGRATION_DATABASE_URL and run the API as a login role granted ${APP_ROLE} ` +
      '(README, "Database roles").'
    );
  }
  if (!powers.writesAudit) {
    throw new Error(
      `DATABASE_URL connects as "${powers.role}", which may not use Signoff's tables: ` +
        `GRANT ${APP_ROLE} TO ${powers.role} (README, "Database roles")`,
    );
  }
  return null;
}
