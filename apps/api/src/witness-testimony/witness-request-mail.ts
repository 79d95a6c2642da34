import { Injectable, type OnModuleInit } from '@nestjs/common';
import { witnessRequestStatus } from '@signoff/domain';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import { askedOutcomes } from './asked-outcomes';
import { WitnessLinks } from './witness-links';
import { witnessRequestMessage } from './witness-request-message';
import { requestDates, WITNESS_MAIL_JOB } from './witness-requests.service';
import { WitnessTestimonyRepository } from './witness-testimony.repository';

/**
 * E-mails a witness their link, as a job: the job holds the request's id alone, and the link is
 * made again from it here (its token is stored nowhere). A request withdrawn, answered or run
 * out before the job runs is not sent.
 */
@Injectable()
export class WitnessRequestMail implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly requests: WitnessTestimonyRepository,
    private readonly qualifications: QualificationsService,
    private readonly links: WitnessLinks,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ requestId: string }>({
      name: WITNESS_MAIL_JOB,
      handle: ({ requestId }) => this.send(requestId),
    });
  }

  private async send(requestId: string): Promise<void> {
    const request = await this.requests.findRequestById(requestId);
    if (request === null || witnessRequestStatus(requestDates(request), new Date()) !== 'open')
      return;
    const version = await this.qualifications.versionById(request.enrolment.qualificationVersionId);
    const { subject, text } = witnessRequestMessage({
      witnessName: request.witness.name,
      requestedBy: request.requestedBy.displayName,
      centreName: request.enrolment.centreName,
      learnerName: request.enrolment.learnerName,
      qualificationTitle: request.enrolment.qualificationTitle,
      outcomes: askedOutcomes(version?.document.units ?? [], request.claims),
      message: request.message,
      link: this.links.linkOf(request.id),
      expiresAt: request.expiresAt,
    });
    await this.mail.send({ to: request.witness.email, subject, text });
  }
}
