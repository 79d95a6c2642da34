import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.provider';
import { AuditModule } from '../audit/audit.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { WriteLimitsModule } from '../write-limits/write-limits.module';
import { WitnessLinks } from './witness-links';
import { WitnessPageController } from './witness-page.controller';
import { WitnessPageService } from './witness-page.service';
import { WitnessRegisterController } from './witness-register.controller';
import { WitnessRegisterService } from './witness-register.service';
import { WitnessRequestMail } from './witness-request-mail';
import { WitnessRequestsController } from './witness-requests.controller';
import { WitnessRequestsService } from './witness-requests.service';
import { WitnessTestimonyPolicy } from './witness-testimony.policy';
import { WitnessTestimonyRepository } from './witness-testimony.repository';

/** Witness testimony: the centres' registers, requests with their links, the witness's page. */
@Module({
  imports: [
    AuditModule,
    EnrolmentsModule,
    EvidenceModule,
    JobsModule,
    MailModule,
    QualificationsModule,
    WriteLimitsModule,
  ],
  controllers: [WitnessRegisterController, WitnessRequestsController, WitnessPageController],
  providers: [
    {
      provide: WitnessLinks,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => WitnessLinks.open(config.dataDir, config.publicOrigin),
    },
    WitnessRegisterService,
    WitnessRequestsService,
    WitnessRequestMail,
    WitnessPageService,
    WitnessTestimonyPolicy,
    WitnessTestimonyRepository,
  ],
  exports: [WitnessRegisterService, WitnessRequestsService, WitnessPageService],
})
export class WitnessTestimonyModule {}
