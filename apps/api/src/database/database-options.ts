import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@signoff/migrations';

/**
 * The schema comes only from migrations: `synchronize` stays off everywhere, and no entities
 * are registered, since every query is named SQL in a repository with a typed row.
 */
export function databaseOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The schema uses gen_random_uuid() (core since Postgres 13); no extension is needed.
    installExtensions: false,
    logging: ['error'],
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
