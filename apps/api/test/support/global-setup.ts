import './register-aliases';
import 'reflect-metadata';
import { migrate, withDataSource } from '../../src/database/migrator';
import { createTestDatabase, type TestDatabase } from './test-database';

declare global {
  var signoffTestDatabase: TestDatabase | undefined;
}

/**
 * One fresh database per run, migrated once as the owner; the API runs as a separate role with
 * only signoff_app's grants, as on a real install. Every test file uses its own centres and people.
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase('signoff_e2e');
  await withDataSource(database.url, migrate);
  globalThis.signoffTestDatabase = database;
  process.env.SIGNOFF_TEST_DATABASE_URL = database.url;
  process.env.SIGNOFF_TEST_API_DATABASE_URL = database.apiUrl;
  process.env.SIGNOFF_TEST_DATABASE_EMBEDDED = database.where === 'embedded' ? 'true' : 'false';
}
