import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { EnrolmentProgressController } from './enrolment-progress.controller';
import { EnrolmentProgressService } from './enrolment-progress.service';
import { SignOffController } from './sign-off.controller';
import { SignOffRepository } from './sign-off.repository';
import { SignOffService } from './sign-off.service';

/**
 * Signatures on units' matrices. Other capabilities read an enrolment's sign-off ground (its
 * accepted evidence and signatures) and a signature's record through SignOffRepository.
 */
@Module({
  imports: [AuditModule, AuthModule, EnrolmentsModule, QualificationsModule],
  controllers: [SignOffController, EnrolmentProgressController],
  providers: [SignOffRepository, SignOffService, EnrolmentProgressService],
  exports: [SignOffRepository, SignOffService],
})
export class SignOffModule {}
