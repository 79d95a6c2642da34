import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AssessmentModule } from '../assessment/assessment.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { LearnersModule } from '../learners/learners.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { SignOffModule } from '../sign-off/sign-off.module';
import { DemoSeedService } from './demo-seed.service';
import { DemoWitnessTestimony } from './demo-witness-testimony';
import { WitnessTestimonyModule } from '../witness-testimony/witness-testimony.module';

@Module({
  imports: [
    AccountsModule,
    AssessmentModule,
    AuditModule,
    AuthModule,
    EnrolmentsModule,
    EvidenceModule,
    LearnersModule,
    QualificationsModule,
    SignOffModule,
    WitnessTestimonyModule,
  ],
  providers: [DemoSeedService, DemoWitnessTestimony],
  exports: [DemoSeedService],
})
export class DemoModule {}
