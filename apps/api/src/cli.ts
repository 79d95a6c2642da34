import 'reflect-metadata';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createCliContext } from './app-context';
import { verifyAuditTrail } from './audit/verify-audit-trail';
import { ConfigError, parseConfig, type AppConfig } from './config/app-config';
import { openDatabase, type OpenedDatabase } from './database/database-connection';
import { migrate, withDataSource } from './database/migrator';
import { DemoSeedService } from './demo/demo-seed.service';
import { importCatalogueFile } from './qualifications/import-catalogue-file';
import { QualificationsService } from './qualifications/qualifications.service';

/**
 * `npm run migrate`, `migrate:revert`, `seed:demo`, `catalogue:import -- FILE [--publish]` and
 * `audit:verify`: as MIGRATION_DATABASE_URL (the owner), else DATABASE_URL, else on the embedded
 * database. Schema changes run on a bare connection; the other commands, once the schema is up
 * to date, in the server's own module (the `cli` role: no HTTP, no background work).
 */
async function cli(command: string | undefined, args: string[]): Promise<void> {
  const config = parseConfig(process.env, process.cwd());
  const database = await openDatabase(config);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await withDataSource(database.migrationUrl, migrate);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date');
        return;
      }
      case 'revert':
        await withDataSource(database.migrationUrl, (db) =>
          db.undoLastMigration({ transaction: 'each' }),
        );
        console.log('Reverted the latest migration');
        return;
      case 'seed-demo': {
        await withDataSource(database.migrationUrl, migrate);
        const { created } = await inContext(config, database, (app) =>
          app.get(DemoSeedService).seed(),
        );
        console.log(`Demo centre loaded (${created} new people)`);
        return;
      }
      case 'catalogue-import': {
        const [file, flag] = args;
        if (!file) throw new Error('Usage: npm run catalogue:import -- FILE [--publish]');
        await withDataSource(database.migrationUrl, migrate);
        const lines = await inContext(config, database, (app) =>
          importCatalogueFile(
            app.get(QualificationsService),
            resolve(process.env.INIT_CWD ?? process.cwd(), file),
            flag === '--publish',
          ),
        );
        console.log(lines.join('\n'));
        return;
      }
      case 'audit-verify': {
        const check = await inContext(config, database, (app) =>
          verifyAuditTrail(app.get(DataSource).manager),
        );
        if (check.broken !== null) {
          throw new Error(
            `The audit trail is broken at event ${check.broken.id}: ${check.broken.reason} (${check.events} events before it hold)`,
          );
        }
        console.log(
          check.head === null
            ? 'The audit trail is empty'
            : `The audit trail holds: ${check.events} events, the newest ${check.head.id} at ${check.head.occurredAt} with hash ${check.head.hash}`,
        );
        return;
      }
      default:
        throw new Error(
          `Unknown command "${command ?? ''}": use migrate, revert, seed-demo, catalogue-import or audit-verify`,
        );
    }
  } finally {
    await database.stop();
  }
}

/** Runs `work` in the application's module as the schema's owner, as these commands always have. */
async function inContext<T>(
  config: AppConfig,
  database: OpenedDatabase,
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const app = await createCliContext(config, database);
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

cli(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
