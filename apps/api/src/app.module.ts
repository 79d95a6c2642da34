import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.provider';
import type { DatabaseConnection } from './database/database-connection';
import { databaseOptions } from './database/database-options';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './http/logging';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { EvidenceModule } from './evidence/evidence.module';
import { JobsModule } from './jobs/jobs.module';
import { RUN_JOBS } from './jobs/jobs.service';
import { LearnerImportModule } from './learner-import/learner-import.module';
import { LearnersModule } from './learners/learners.module';
import { QualificationsModule } from './qualifications/qualifications.module';

@Module({})
export class AppModule {
  /**
   * `runJobs`: this process works the job queue and keeps its schedules (the server); without
   * it (a command), jobs are only enqueued.
   */
  static register(
    config: AppConfig,
    database: DatabaseConnection,
    { runJobs = false }: { runJobs?: boolean } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(databaseOptions(database.url, database.poolSize)),
        JobsModule,
        AuditModule,
        AuthModule,
        AccountsModule,
        QualificationsModule,
        LearnersModule,
        EnrolmentsModule,
        LearnerImportModule,
        EvidenceModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RUN_JOBS, useValue: runJobs },
      ],
      exports: [APP_CONFIG, RUN_JOBS],
    };
  }
}
