import 'reflect-metadata';
import { resolve } from 'node:path';
import { verifyAuditTrail } from './audit/verify-audit-trail';
import { ConfigError, parseConfig } from './config/app-config';
import { openDatabase } from './database/database-connection';
import { migrate, withDataSource } from './database/migrator';
import { seedDemo } from './demo/seed-demo';
import { importCatalogueFile } from './qualifications/import-catalogue-file';

/**
 * `npm run migrate`, `migrate:revert`, `seed:demo`, `catalogue:import -- FILE [--publish]` and
 * `audit:verify`: as MIGRATION_DATABASE_URL (the owner), else DATABASE_URL, else on the embedded
 * database.
 */
async function cli(command: string | undefined, args: string[]): Promise<void> {
  const config = parseConfig(process.env, process.cwd());
  const database = await openDatabase(config);
  try {
    await withDataSource(database.migrationUrl, async (db) => {
      switch (command) {
        case 'migrate': {
          const applied = await migrate(db);
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date');
          return;
        }
        case 'revert':
          await db.undoLastMigration({ transaction: 'each' });
          console.log('Reverted the latest migration');
          return;
        case 'seed-demo': {
          await migrate(db);
          const { created } = await seedDemo(db, config);
          console.log(`Demo centre loaded (${created} new people)`);
          return;
        }
        case 'catalogue-import': {
          const [file, flag] = args;
          if (!file) throw new Error('Usage: npm run catalogue:import -- FILE [--publish]');
          await migrate(db);
          console.log(
            (
              await importCatalogueFile(
                db,
                resolve(process.env.INIT_CWD ?? process.cwd(), file),
                flag === '--publish',
              )
            ).join('\n'),
          );
          return;
        }
        case 'audit-verify': {
          const check = await verifyAuditTrail(db.manager);
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
    });
  } finally {
    await database.stop();
  }
}

cli(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
