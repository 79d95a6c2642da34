import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';
import { traceSql } from './database/sql-trace';
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
  if (config.sqlTraceFile !== null)
    traceSql(app.getHttpServer(), app.get(DataSource), config.sqlTraceFile);
  return app;
}
