import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.provider';
import { APP_ROLE_IN_PROCESS, type ProcessRole } from './config/process-role';
import type { DatabaseConnection } from './database/database-connection';
import { databaseOptions } from './database/database-options';
import { DemoModule } from './demo/demo.module';
import { HealthController } from './health/health.controller';
import { loggerOptions } from './http/logging';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { AssessmentModule } from './assessment/assessment.module';
import { EvidenceModule } from './evidence/evidence.module';
import { JobsModule } from './jobs/jobs.module';
import { LearnerImportModule } from './learner-import/learner-import.module';
import { LearnersModule } from './learners/learners.module';
import { MailModule } from './mail/mail.module';
import { QualificationsModule } from './qualifications/qualifications.module';
import { SignOffModule } from './sign-off/sign-off.module';
import { WorkplaceRecordsModule } from './workplace-records/workplace-records.module';
import { HoursModule } from './hours/hours.module';
import { WitnessTestimonyModule } from './witness-testimony/witness-testimony.module';
import { ProgressSettingsModule } from './progress-settings/progress-settings.module';

/**
 * The one composition root: the server, the command line and any worker start this module, and
 * differ only in `role` (see ProcessRole), never in how they wire config, database or services.
 */
@Module({})
export class AppModule {
  static register(
    config: AppConfig,
    database: DatabaseConnection,
    role: ProcessRole,
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(databaseOptions(database.url, database.poolSize)),
        JobsModule,
        MailModule,
        AuditModule,
        AuthModule,
        AccountsModule,
        QualificationsModule,
        LearnersModule,
        EnrolmentsModule,
        LearnerImportModule,
        EvidenceModule,
        AssessmentModule,
        SignOffModule,
        WorkplaceRecordsModule,
        HoursModule,
        WitnessTestimonyModule,
        ProgressSettingsModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_ROLE_IN_PROCESS, useValue: role },
      ],
      exports: [APP_CONFIG, APP_ROLE_IN_PROCESS],
    };
  }
}
