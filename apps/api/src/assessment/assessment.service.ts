import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHODS,
  type AssessmentDecisionKind,
  type AssessmentQueueItem,
  type EvidenceDetail,
  type Page,
} from '@signoff/contracts';
import {
  assessmentProblems,
  claimedUnits,
  decisionRefusal,
  type EvidenceAction,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { reachOf } from '../access/reach';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { PageRequest } from '../database/query-page';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { EvidenceService } from '../evidence/evidence.service';
import { QualificationsService } from '../qualifications/qualifications.service';
import { ReadModelsService } from '../read-models/read-models.service';
import { SignOffFlagsService } from '../sign-off/sign-off-flags.service';
import { AssessmentRepository, type NewDecision } from './assessment.repository';
import type { AssessmentDecisionDto, AssessmentQueueQueryDto } from './dto/assessment.dto';

/** Each decision is the transition table's move of the same name. */
const MOVE: Record<AssessmentDecisionKind, EvidenceAction> = {
  accept: 'accept',
  refer: 'refer',
  withdrawAcceptance: 'withdrawAcceptance',
};

const AUDIT_ACTION: Record<AssessmentDecisionKind, string> = {
  accept: 'evidence.accepted',
  refer: 'evidence.referred',
  withdrawAcceptance: 'evidence.acceptance_withdrawn',
};

/**
 * The assessor's side of evidence: the queue of versions awaiting them, and decisions, each a
 * new append-only record written with the version's status move and an audit event in one
 * transaction. The latest decision's mapping is what the version proves from then on. A
 * withdrawn acceptance flags, in the same transaction, the signatures that relied on it.
 */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly evidence: EvidenceService,
    private readonly qualifications: QualificationsService,
    private readonly readModels: ReadModelsService,
    private readonly audit: AuditService,
    private readonly signOffFlags: SignOffFlagsService,
  ) {}

  async decide(
    actor: Actor,
    itemId: string,
    request: AssessmentDecisionDto,
  ): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.evidence.requireAssessorOf(actor, itemId);
    const qualification = await this.qualifications.versionById(enrolment.qualificationVersionId);
    const problems = assessmentProblems(
      qualification?.document ?? { units: [] },
      enrolment.plannedUnits,
      request,
    );
    if (problems.length > 0) throw DomainError.invalid(problems);
    const feedback = request.feedback || null;
    const mapping = request.decision === 'withdrawAcceptance' ? [] : (request.mapping ?? []);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requireStatusAllowing(manager, enrolment.id, decisionRefusal);
      const judged = await this.evidence.moveJudgedVersion(
        manager,
        item.id,
        request.version,
        MOVE[request.decision],
        item.origin,
      );
      const { move } = judged;
      const decisionId = await this.assessments.insertDecision(manager, {
        versionId: judged.versionId,
        enrolmentId: enrolment.id,
        assessorId: actor.userId,
        decision: request.decision,
        feedback,
        mapping,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: AUDIT_ACTION[request.decision],
        subjectType: 'evidence',
        subjectId: item.id,
        before: { version: judged.number, status: move.from },
        after: { version: judged.number, status: move.to, feedback, mapping },
      });
      // Whatever was signed on the acceptance is flagged with the withdrawal, or neither lands.
      if (request.decision === 'withdrawAcceptance')
        await this.signOffFlags.flagAfterWithdrawal(manager, actor, {
          decisionId,
          versionId: judged.versionId,
          enrolmentId: enrolment.id,
          centreId: enrolment.centreId,
        });
    });
    return this.evidence.get(actor, item.id);
  }

  /**
   * A decision written in the caller's transaction, which has moved the version itself: the
   * acceptance by the assessor who made a record, once its learner agrees that it is accurate.
   */
  recordDecision(manager: EntityManager, decision: NewDecision): Promise<string> {
    return this.assessments.insertDecision(manager, decision);
  }

  /** Submitted versions awaiting the one asking, on the enrolments they assess now. */
  async queue(
    actor: Actor,
    filter: AssessmentQueueQueryDto,
    page: PageRequest,
  ): Promise<Page<AssessmentQueueItem>> {
    const listed = await this.readModels.assessmentQueue(
      actor.userId,
      reachOf(actor).assessorCentres,
      filter,
      page,
    );
    return {
      ...listed,
      items: listed.items.map(({ centreMethodCode, claims, ...row }) => ({
        ...row,
        methodCode: centreMethodCode ?? ASSESSMENT_METHODS[row.method].code,
        units: claimedUnits(claims),
      })),
    };
  }
}
