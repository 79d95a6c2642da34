import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AssessmentModule } from '../assessment/assessment.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { HoursModule } from '../hours/hours.module';
import { LearnersModule } from '../learners/learners.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { SignOffModule } from '../sign-off/sign-off.module';
import { WorkplaceRecordsModule } from '../workplace-records/workplace-records.module';
import { DemoSeedService } from './demo-seed.service';
import { DemoWorkplaceRecords } from './demo-workplace-records';

@Module({
  imports: [
    AccountsModule,
    AssessmentModule,
    AuditModule,
    AuthModule,
    EnrolmentsModule,
    EvidenceModule,
    HoursModule,
    LearnersModule,
    QualificationsModule,
    SignOffModule,
    WorkplaceRecordsModule,
  ],
  providers: [DemoSeedService, DemoWorkplaceRecords],
  exports: [DemoSeedService],
})
export class DemoModule {}
