import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { LearnersModule } from '../learners/learners.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [
    AccountsModule,
    AuditModule,
    AuthModule,
    EnrolmentsModule,
    LearnersModule,
    QualificationsModule,
  ],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
