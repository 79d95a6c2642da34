import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';
import { configureHttp } from './http/configure-http';

/**
 * The whole application on a database that is already migrated, working the job queue; used by
 * main and the tests.
 */
export async function createServer(
  config: AppConfig,
  database: DatabaseConnection,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, database, 'server'),
    {
      bufferLogs: true,
    },
  );
  configureHttp(app, config);
  return app;
}
