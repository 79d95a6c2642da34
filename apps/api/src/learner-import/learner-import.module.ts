import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { LearnersModule } from '../learners/learners.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { LearnerImportController } from './learner-import.controller';
import { LearnerImportService } from './learner-import.service';

@Module({
  imports: [AccountsModule, LearnersModule, EnrolmentsModule, QualificationsModule],
  controllers: [LearnerImportController],
  providers: [LearnerImportService],
})
export class LearnerImportModule {}
