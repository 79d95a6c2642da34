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
import { DemoSeedService } from './demo-seed.service';

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
  ],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
