import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { HourCategoriesController } from './hour-categories.controller';
import { HourCategoriesService } from './hour-categories.service';
import { HoursController } from './hours.controller';
import { HoursPolicy } from './hours.policy';
import { HoursRepository } from './hours.repository';
import { HoursService } from './hours.service';

/** Hours the learner logs, the assessor's reviews of them, targets, and a centre's categories. */
@Module({
  imports: [AuditModule, EnrolmentsModule, QualificationsModule],
  controllers: [HoursController, HourCategoriesController],
  providers: [HoursService, HourCategoriesService, HoursRepository, HoursPolicy],
  exports: [HoursService],
})
export class HoursModule {}
