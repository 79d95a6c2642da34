import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QualificationsController } from './qualifications.controller';
import { QualificationsPolicy } from './qualifications.policy';
import { QualificationsRepository } from './qualifications.repository';
import { QualificationsService } from './qualifications.service';

@Module({
  imports: [AuditModule],
  controllers: [QualificationsController],
  providers: [QualificationsService, QualificationsRepository, QualificationsPolicy],
  exports: [QualificationsService],
})
export class QualificationsModule {}
