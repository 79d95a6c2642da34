import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { WriteLimitsModule } from '../write-limits/write-limits.module';
import { RecordSignaturesService } from './record-signatures.service';
import { WorkplaceRecordsController } from './workplace-records.controller';
import { WorkplaceRecordsRepository } from './workplace-records.repository';
import { WorkplaceRecordsService } from './workplace-records.service';

/**
 * Observations and professional discussions: evidence items an assessor writes (through the
 * evidence module's policy and queries), signs, and the learner countersigns; an agreement is
 * the assessor's acceptance, written through AssessmentService.
 */
@Module({
  imports: [
    AssessmentModule,
    AuditModule,
    AuthModule,
    EnrolmentsModule,
    EvidenceModule,
    WriteLimitsModule,
  ],
  controllers: [WorkplaceRecordsController],
  providers: [WorkplaceRecordsService, RecordSignaturesService, WorkplaceRecordsRepository],
  exports: [WorkplaceRecordsService, RecordSignaturesService],
})
export class WorkplaceRecordsModule {}
