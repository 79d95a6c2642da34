import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EVIDENCE_LIMITS,
  WITNESS_STATEMENT_DECLARATION,
  type WitnessPage,
  type WitnessStatementReceipt,
} from '@signoff/contracts';
import {
  portfolioChangeRefusal,
  witnessLinkRefusal,
  witnessStatementDateProblems,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../errors/domain-error';
import { EvidenceService } from '../evidence/evidence.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import { WriteBurstLimiterService } from '../write-limits/write-burst-limiter.service';
import type { WitnessStatementDto } from './dto/witness-statement.dto';
import { askedOutcomes } from './asked-outcomes';
import { WitnessLinks } from './witness-links';
import { requestDates } from './witness-requests.service';
import {
  WitnessTestimonyRepository,
  type LinkedWitnessRequest,
} from './witness-testimony.repository';

/**
 * The witness's page, reached by the link's token alone (no account): what they are asked, and
 * their statement, taken once. Opening it uses nothing up (mail scanners open links); every
 * request is counted per client address. It says nothing of the portfolio beyond what the
 * request names.
 */
@Injectable()
export class WitnessPageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: WitnessTestimonyRepository,
    private readonly links: WitnessLinks,
    private readonly evidence: EvidenceService,
    private readonly qualifications: QualificationsService,
    private readonly limits: WriteBurstLimiterService,
    private readonly audit: AuditService,
  ) {}

  async page(token: string, address: string): Promise<WitnessPage> {
    await this.limits.countPublicVisit('witness', address);
    const request = await this.open(token);
    const version = await this.qualifications.versionById(request.enrolment.qualificationVersionId);
    return {
      centreName: request.enrolment.centreName,
      learnerName: request.enrolment.learnerName,
      qualificationTitle: request.enrolment.qualificationTitle,
      requestedBy: request.requestedBy.displayName,
      witness: {
        name: request.witness.name,
        jobRole: request.witness.jobRole,
        relationship: request.relationship,
        expert: request.witness.expert,
      },
      outcomes: askedOutcomes(version?.document.units ?? [], request.claims),
      message: request.message,
      expiresAt: request.expiresAt.toISOString(),
      declaration: WITNESS_STATEMENT_DECLARATION,
    };
  }

  /**
   * The statement: checked, then in one transaction holding the request locked, refused once
   * the link is no longer open (so a second submission, even sent at the same moment, is
   * refused), else recorded as submitted evidence and the request settled.
   */
  async submit(
    token: string,
    address: string,
    statement: WitnessStatementDto,
  ): Promise<WitnessStatementReceipt> {
    await this.limits.countPublicVisit('witness', address);
    const problems = witnessStatementDateProblems(statement.activityDate, new Date());
    if (problems.length > 0) throw DomainError.invalid(problems);
    return this.db.transaction(async (manager) => {
      const request = await this.open(token, manager);
      const witness = {
        name: request.witness.name,
        jobRole: statement.jobRole,
        relationship: statement.relationship,
        expert: request.witness.expert,
      };
      const { itemId } = await this.evidence.recordTestimony(manager, {
        enrolment: request.enrolment,
        requestedBy: request.requestedBy.id,
        content: {
          method: witness.expert ? 'expert_witness' : 'witness_testimony',
          title: `Witness testimony: ${witness.name}`.slice(0, EVIDENCE_LIMITS.titleMaxLength),
          activityDate: statement.activityDate,
          claims: request.claims,
        },
        statement: statement.statement,
        witness,
        declaration: statement.declaration,
        requestId: request.id,
      });
      const submittedAt = await this.requests.markSubmitted(manager, request.id, itemId);
      await this.audit.record(manager, {
        actorId: null,
        centreId: request.enrolment.centreId,
        action: 'witness_request.submitted',
        subjectType: 'witness_request',
        subjectId: request.id,
        before: { status: 'open' },
        after: { status: 'submitted', evidenceId: itemId, witnessName: witness.name },
      });
      return {
        learnerName: request.enrolment.learnerName,
        requestedBy: request.requestedBy.displayName,
        submittedAt: submittedAt.toISOString(),
      };
    });
  }

  /**
   * The request the token leads to while its link is open: 404 for a token that leads nowhere
   * (looked up by its SHA-256 alone, then compared whole), 410 with words for the witness once
   * it has expired, been withdrawn or been used; 409 while the learner's portfolio is closed.
   * Given the caller's transaction, the request stays locked until it ends.
   */
  private async open(token: string, manager?: EntityManager): Promise<LinkedWitnessRequest> {
    const hash = this.links.lookupHash(token);
    const request = hash === null ? null : await this.requests.findByTokenHash(hash, manager);
    if (request === null || !this.links.matches(token, request.id))
      throw new DomainError(
        'NOT_FOUND',
        'This link does not lead to a request for a statement. Check it was copied whole, or ask whoever sent it for a new one.',
      );
    const refusal = witnessLinkRefusal(
      { ...requestDates(request), requestedBy: request.requestedBy.displayName },
      new Date(),
    );
    if (refusal !== null) throw new DomainError('WITNESS_LINK_CLOSED', refusal);
    if (portfolioChangeRefusal(request.enrolment.status) !== null)
      throw new DomainError(
        'CONFLICT',
        `${request.enrolment.learnerName}'s portfolio is not taking new evidence just now. Ask ${request.requestedBy.displayName} whether your statement is still needed.`,
      );
    return request;
  }
}
