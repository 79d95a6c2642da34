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
import { LearnerImportModule } from './learner-import/learner-import.module';
import { LearnersModule } from './learners/learners.module';
import { QualificationsModule } from './qualifications/qualifications.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(databaseOptions(database.url, database.poolSize)),
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
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
