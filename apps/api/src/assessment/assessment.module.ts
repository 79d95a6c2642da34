import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { SignOffModule } from '../sign-off/sign-off.module';
import { AssessmentController } from './assessment.controller';
import { AssessmentRepository } from './assessment.repository';
import { AssessmentService } from './assessment.service';

/**
 * Assessors' decisions on evidence and their queue; status moves go through EvidenceService,
 * flags on signatures after a withdrawal through SignOffFlagsService.
 */
@Module({
  imports: [AuditModule, EvidenceModule, QualificationsModule, ReadModelsModule, SignOffModule],
  controllers: [AssessmentController],
  providers: [AssessmentService, AssessmentRepository],
  exports: [AssessmentService],
})
export class AssessmentModule {}
