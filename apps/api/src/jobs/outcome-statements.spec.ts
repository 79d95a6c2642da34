import PgBoss from 'pg-boss';
import { outcomeStatements } from './outcome-statements';

describe('outcomeStatements', () => {
  // JobsService keeps an unawaited failure of these from ending the process: if a pg-boss
  // upgrade records outcomes some other way, this says so before production does.
  it('finds the two statements pg-boss records a try’s outcome with, in the given schema', async () => {
    const boss = new PgBoss({
      db: { executeSql: () => Promise.reject(new Error('no database in a unit test')) },
      schema: 'pgboss',
      migrate: false,
    });
    const statements = [...(await outcomeStatements(boss))];
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/UPDATE pgboss\.job[\s\S]*state = 'completed'/);
    // A failed try is moved out and back in, as a retry or as failed.
    expect(statements[1]).toMatch(/DELETE FROM pgboss\.job[\s\S]*'failed'::pgboss\.job_state/);
  });
});
