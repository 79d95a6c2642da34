import type PgBoss from 'pg-boss';

/** Any id will do: the statements are recorded, never run. */
const PROBE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The SQL pg-boss runs to record a try's outcome (completed, failed), exactly as it runs it.
 * Asked of pg-boss's public `complete` and `fail` with a stand-in connection that only records
 * the statement, rather than imported from its untyped internals (`pg-boss/src/plans`), which no
 * release promises to keep where they are.
 */
export async function outcomeStatements(boss: PgBoss): Promise<ReadonlySet<string>> {
  const statements = new Set<string>();
  const db = {
    executeSql: (text: string) => {
      statements.add(text);
      return Promise.resolve({ rows: [{ count: '0' }] });
    },
  };
  await boss.complete('probe', PROBE_ID, {}, { db });
  await boss.fail('probe', PROBE_ID, {}, { db });
  return statements;
}
