import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { LearnersModule } from '../learners/learners.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsPolicy } from './enrolments.policy';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';

@Module({
  imports: [AccessModule, AuditModule, LearnersModule, QualificationsModule, ReadModelsModule],
  controllers: [EnrolmentsController],
  providers: [EnrolmentsService, EnrolmentsRepository, EnrolmentsPolicy],
  exports: [EnrolmentsService],
})
export class EnrolmentsModule {}
