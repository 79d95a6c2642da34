import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  WITNESS_LIMITS,
  witnessRequestProblems,
  type CreatedWitnessRequest,
  type WitnessRequestView,
} from '@signoff/contracts';
import { claimProblems, witnessRequestStatus } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { EnrolmentsService, type EnrolmentFacts } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import type { CreateWitnessRequestDto } from './dto/create-witness-request.dto';
import { WitnessLinks } from './witness-links';
import { WitnessRegisterService } from './witness-register.service';
import { WitnessTestimonyPolicy } from './witness-testimony.policy';
import {
  WitnessTestimonyRepository,
  type StoredWitnessRequest,
} from './witness-testimony.repository';

/** The job that e-mails a witness their link; its payload is the request's id alone. */
export const WITNESS_MAIL_JOB = 'witness.send-request';

/**
 * Requests to witnesses, kept on an enrolment: its learner or assessor asks a witness (from the
 * centre's register, or a new one added to it) about outcomes they pick, and is shown the link
 * once; whoever asked, the assessor or an admin withdraws it while it is open.
 */
@Injectable()
export class WitnessRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: WitnessTestimonyRepository,
    private readonly policy: WitnessTestimonyPolicy,
    private readonly register: WitnessRegisterService,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
    private readonly links: WitnessLinks,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  async list(actor: Actor, enrolmentId: string): Promise<WitnessRequestView[]> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    const now = new Date();
    return (await this.requests.findEnrolmentRequests(enrolment.id)).map((request) =>
      this.view(actor, enrolment, request, now),
    );
  }

  async create(
    actor: Actor,
    enrolmentId: string,
    body: CreateWitnessRequestDto,
  ): Promise<CreatedWitnessRequest> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireAsker(actor, enrolment);
    const version = await this.qualifications.versionById(enrolment.qualificationVersionId);
    const problems = [
      ...witnessRequestProblems(body),
      ...claimProblems(version?.document ?? { units: [] }, body.claims),
    ];
    if (problems.length > 0) throw DomainError.invalid(problems);
    const id = randomUUID();
    const token = this.links.tokenOf(id);
    // Only a server with mail settings sends it; the answer's `emailed` says whether it will.
    const emailRequested = body.sendEmail === true && this.mail.enabled;
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      let witnessId: string;
      if (body.witnessId !== undefined) {
        const known = await this.requests.findCentreWitness(
          enrolment.centreId,
          body.witnessId,
          manager,
        );
        if (known === null)
          throw DomainError.invalid([
            { path: 'witnessId', message: 'must be a witness of the centre’s register' },
          ]);
        witnessId = known.id;
      } else {
        // witnessRequestProblems asked for one or the other.
        witnessId = await this.register.findOrAddWithin(
          manager,
          actor,
          enrolment.centreId,
          body.witness!,
        );
      }
      await this.requests.insertRequest(manager, {
        id,
        enrolmentId: enrolment.id,
        witnessId,
        relationship: body.relationship,
        claims: body.claims,
        message: body.message ?? null,
        requestedBy: actor.userId,
        tokenSha256: this.links.lookupHash(token)!,
        validDays: body.validDays ?? WITNESS_LIMITS.defaultValidDays,
        emailRequested,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: 'witness_request.created',
        subjectType: 'witness_request',
        subjectId: id,
        before: null,
        after: {
          enrolmentId: enrolment.id,
          witnessId,
          claims: body.claims,
          validDays: body.validDays ?? WITNESS_LIMITS.defaultValidDays,
          emailRequested,
        },
      });
      if (emailRequested) await this.jobs.enqueue(manager, WITNESS_MAIL_JOB, { requestId: id });
    });
    const created = await this.requests.findEnrolmentRequest(enrolment.id, id);
    return { ...this.view(actor, enrolment, created!, new Date()), link: this.links.linkOf(id) };
  }

  /** Withdraws an open request: its link stops working at once. 409 once given or withdrawn. */
  async revoke(actor: Actor, enrolmentId: string, requestId: string): Promise<WitnessRequestView> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireRecordId(requestId, 'Witness request');
    const found = await this.requests.findEnrolmentRequest(enrolment.id, requestId);
    if (found === null) throw DomainError.notFound('Witness request');
    this.policy.requireRevoker(actor, enrolment, found);
    await this.db.transaction(async (manager) => {
      const request = await this.requests.findEnrolmentRequest(enrolment.id, requestId, manager);
      const status = witnessRequestStatus(dates(request!), new Date());
      if (status === 'submitted' || status === 'revoked')
        throw new DomainError(
          'CONFLICT',
          status === 'submitted'
            ? 'The witness has already given their statement: it is evidence now, judged by the assessor'
            : 'This request has already been withdrawn',
        );
      await this.requests.markRevoked(manager, requestId, actor.userId);
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: 'witness_request.revoked',
        subjectType: 'witness_request',
        subjectId: requestId,
        before: { status },
        after: { status: 'revoked' },
      });
    });
    const revoked = await this.requests.findEnrolmentRequest(enrolment.id, requestId);
    return this.view(actor, enrolment, revoked!, new Date());
  }

  /** A request as the actor reads it, with where it stands now and what they may do to it. */
  private view(
    actor: Actor,
    enrolment: EnrolmentFacts,
    request: StoredWitnessRequest,
    now: Date,
  ): WitnessRequestView {
    const status = witnessRequestStatus(dates(request), now);
    const settled = status === 'submitted' || status === 'revoked';
    return {
      id: request.id,
      enrolmentId: request.enrolmentId,
      witness: request.witness,
      relationship: request.relationship,
      claims: request.claims,
      message: request.message,
      requestedBy: request.requestedBy,
      status,
      createdAt: request.createdAt.toISOString(),
      expiresAt: request.expiresAt.toISOString(),
      revokedAt: request.revokedAt?.toISOString() ?? null,
      submittedAt: request.submittedAt?.toISOString() ?? null,
      evidenceId: request.evidenceId,
      emailed: request.emailRequested,
      can: { revoke: !settled && this.policy.mayRevoke(actor, enrolment, request) },
    };
  }
}

function dates(request: StoredWitnessRequest) {
  return {
    expiresAt: request.expiresAt.toISOString(),
    revokedAt: request.revokedAt?.toISOString() ?? null,
    submittedAt: request.submittedAt?.toISOString() ?? null,
  };
}

export { dates as requestDates };
