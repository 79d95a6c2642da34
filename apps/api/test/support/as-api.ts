import { DataSource } from 'typeorm';
import { APP_ROLE } from '../../src/database/app-role';
import type { TestApp } from './test-app';

/**
 * One statement on the API's own pool, as its database role, in a transaction rolled back after:
 * what the API itself may and may not do to a table. (On an embedded database the pool connects
 * as its owner, so the API's role is taken for the transaction.)
 */
export async function asApi(t: TestApp, sql: string, parameters: unknown[] = []): Promise<unknown> {
  const runner = t.app.get(DataSource).createQueryRunner();
  await runner.startTransaction();
  try {
    if (process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true')
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
    return await runner.query(sql, parameters);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
