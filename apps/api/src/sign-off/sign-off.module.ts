import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { FilesModule } from '../files/files.module';
import { ProgressSettingsModule } from '../progress-settings/progress-settings.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { EnrolmentProgressController } from './enrolment-progress.controller';
import { EnrolmentProgressService } from './enrolment-progress.service';
import { SignOffFlagsService } from './sign-off-flags.service';
import { SignOffRecordsController } from './sign-off-records.controller';
import { SignOffRecordsRepository } from './sign-off-records.repository';
import { SignOffRecordsService } from './sign-off-records.service';
import { SignOffVerificationService } from './sign-off-verification.service';
import { SignOffController } from './sign-off.controller';
import { SignOffRepository } from './sign-off.repository';
import { SignOffService } from './sign-off.service';

/**
 * Signatures on units' matrices. Other capabilities read an enrolment's sign-off ground (its
 * accepted evidence and signatures) and a signature's record through SignOffRepository. A
 * signature's record, its verification and its revocation have routes of their own; assessment
 * flags signatures through SignOffFlagsService when it withdraws an acceptance. An enrolment's
 * progress is read here from that ground, since enrolments cannot depend on what depends on them.
 */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    AuthModule,
    EnrolmentsModule,
    FilesModule,
    ProgressSettingsModule,
    QualificationsModule,
  ],
  controllers: [SignOffController, SignOffRecordsController, EnrolmentProgressController],
  providers: [
    SignOffRepository,
    SignOffService,
    SignOffRecordsRepository,
    SignOffRecordsService,
    SignOffVerificationService,
    SignOffFlagsService,
    EnrolmentProgressService,
  ],
  exports: [SignOffRepository, SignOffService, SignOffFlagsService],
})
export class SignOffModule {}
