import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection, OpenedDatabase } from './database/database-connection';

/**
 * The server's own module, without HTTP and in the `cli` role (no housekeeping, no job
 * workers), on one connection as the schema's owner (MIGRATION_DATABASE_URL), as the
 * maintenance commands and the demo seed always ran. The caller closes it, and stops the
 * database itself.
 */
export function createCliContext(
  config: AppConfig,
  database: Pick<OpenedDatabase, 'migrationUrl' | 'embedded'>,
): Promise<INestApplicationContext> {
  const asOwner: DatabaseConnection = {
    url: database.migrationUrl,
    poolSize: 1,
    embedded: database.embedded,
    stop: async () => undefined,
  };
  return NestFactory.createApplicationContext(AppModule.register(config, asOwner, 'cli'), {
    // Commands print their own outcome; Nest's start-up lines would only bury it.
    logger: ['error', 'warn'],
    // A failing command throws to its caller rather than aborting the process.
    abortOnError: false,
  });
}
