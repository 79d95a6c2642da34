import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { FilesModule } from '../files/files.module';
import { WriteLimitsModule } from '../write-limits/write-limits.module';
import { EvidenceFilesController } from './evidence-files.controller';
import { EvidenceFilesService } from './evidence-files.service';
import { EvidenceController } from './evidence.controller';
import { EvidencePolicy } from './evidence.policy';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { MethodCodesController } from './method-codes.controller';
import { MethodCodesService } from './method-codes.service';

@Module({
  imports: [
    AccessModule,
    AuditModule,
    EnrolmentsModule,
    QualificationsModule,
    FilesModule,
    WriteLimitsModule,
    ReadModelsModule,
  ],
  controllers: [EvidenceController, EvidenceFilesController, MethodCodesController],
  providers: [
    EvidenceService,
    EvidenceFilesService,
    EvidenceRepository,
    EvidencePolicy,
    MethodCodesService,
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
