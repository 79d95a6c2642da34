import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COUNTERSIGNING_STATEMENTS,
  RECORD_SIGNING_STATEMENTS,
  type CountersignRecordRequest,
  type EvidenceDetail,
  type SignRecordRequest,
} from '@signoff/contracts';
import { countersigningProblems, recordSigningProblems } from '@signoff/domain';
import { QueryFailedError, type DataSource } from 'typeorm';
import { AssessmentService } from '../assessment/assessment.service';
import { AuditService } from '../audit/audit.service';
import { contentHash } from '../audit/content-hash';
import type { Actor } from '../auth/actor';
import { ReauthenticationService } from '../auth/reauthentication.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { EvidenceService } from '../evidence/evidence.service';
import { requireIdempotencyKey } from '../http/idempotency-key';
import { recordKindOf } from './record-kinds';
import { WorkplaceRecordsRepository } from './workplace-records.repository';

/** Who proves it is them, and how to find a retry of the same request. */
export interface RecordSigningCredentials {
  /** The address the request came from, counted by the login limit. */
  address: string;
  idempotencyKey: string | undefined;
}

/** The record as its signer reads it, and whether the request replayed a key used before. */
export interface SignedRecord {
  record: EvidenceDetail;
  replayed: boolean;
}

const REUSED_KEY =
  'This Idempotency-Key was already used to sign something else. Send a new key with a new signing request.';

/**
 * The two signatures on a record made at the workplace. Its assessor signs their draft (a
 * declaration, as a learner's on submitting, hashing what was recorded); then its learner
 * countersigns: agreeing accepts it as the assessor's decision, mapped to what it claims, so it
 * counts in the sign-off matrix; disagreeing, with a comment, returns it to the assessor. Each
 * asks for the password again and an Idempotency-Key, and writes its signature, the status move
 * and an audit event in one transaction with the item locked.
 */
@Injectable()
export class RecordSignaturesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly records: WorkplaceRecordsRepository,
    private readonly evidence: EvidenceService,
    private readonly enrolments: EnrolmentsService,
    private readonly assessment: AssessmentService,
    private readonly reauthentication: ReauthenticationService,
    private readonly audit: AuditService,
  ) {}

  /** The assessor who made the record signs its draft: it then awaits the learner. */
  async sign(
    actor: Actor,
    itemId: string,
    request: SignRecordRequest,
    credentials: RecordSigningCredentials,
  ): Promise<SignedRecord> {
    const visible = await this.evidence.requireAuthor(actor, itemId, ['assessor']);
    const { item, enrolment } = visible;
    const idempotencyKey = requireIdempotencyKey(credentials.idempotencyKey);
    await this.reauthentication.confirm(actor, request.password, credentials.address);
    const replayed = await this.db
      .transaction(async (manager) => {
        await this.evidence.lockItem(manager, item.id);
        // Read after the lock, so a replay sent while the first request was signing finds it.
        const signedBefore = await this.records.findSignedItemByKey(
          manager,
          actor.userId,
          idempotencyKey,
        );
        if (signedBefore !== null) {
          if (signedBefore.itemId !== item.id || !signedBefore.newest)
            throw new DomainError('CONFLICT', REUSED_KEY);
          return true;
        }
        await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
        const { number, move, sha256 } = await this.evidence.declareCurrentVersion(
          manager,
          visible,
          {
            action: 'sign',
            declarant: { role: 'assessor', id: actor.userId },
            idempotencyKey,
            declare: (version) => {
              const kind = recordKindOf(version.method);
              if (kind === null)
                throw new DomainError('CONFLICT', 'Only an observation or a discussion is signed');
              const fileCount = version.files.length;
              return {
                problems: recordSigningProblems(kind, { ...version, fileCount }),
                statement: RECORD_SIGNING_STATEMENTS[kind],
              };
            },
          },
        );
        await this.audit.record(manager, {
          actorId: actor.userId,
          requestId: actor.requestId,
          centreId: enrolment.centreId,
          action: 'evidence.record_signed',
          subjectType: 'evidence',
          subjectId: item.id,
          before: { version: number, status: move.from },
          after: { version: number, status: move.to, declarationSha256: sha256 },
        });
        return false;
      })
      .catch(refuseKeyTakenMeanwhile);
    return { record: await this.evidence.get(actor, item.id), replayed };
  }

  /**
   * The learner the record is about agrees that it is accurate (it is then accepted, by the
   * assessor who made it) or disagrees, saying why (it goes back to that assessor to revise).
   */
  async countersign(
    actor: Actor,
    itemId: string,
    request: CountersignRecordRequest,
    credentials: RecordSigningCredentials,
  ): Promise<SignedRecord> {
    const visible = await this.evidence.requireVisible(actor, itemId);
    const { item, enrolment } = visible;
    if (!this.enrolments.isLearnerOf(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner a record is about countersigns it');
    const problems = countersigningProblems(request);
    if (problems.length > 0) throw DomainError.invalid(problems);
    const idempotencyKey = requireIdempotencyKey(credentials.idempotencyKey);
    await this.reauthentication.confirm(actor, request.password, credentials.address);
    const { agreed } = request;
    const comment = request.comment?.trim() || null;
    const requestSha256 = contentHash({ evidenceId: item.id, agreed, comment });

    const replayed = await this.db
      .transaction(async (manager) => {
        await this.evidence.lockItem(manager, item.id);
        const earlier = await this.records.findCountersignatureRequestByKey(
          manager,
          actor.userId,
          idempotencyKey,
        );
        if (earlier !== null) {
          if (earlier.requestSha256 !== requestSha256 || !earlier.newest)
            throw new DomainError('CONFLICT', REUSED_KEY);
          return true;
        }
        await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
        const { versionId, version, move } = await this.evidence.moveCurrentVersion(
          manager,
          visible,
          agreed ? 'agree' : 'disagree',
          'learner',
        );
        if (version.declaration === null)
          throw new Error('A record awaiting its countersignature has no signature');
        const statement = COUNTERSIGNING_STATEMENTS[agreed ? 'agree' : 'disagree'];
        const signedAt = new Date().toISOString();
        const sha256 = contentHash({
          evidenceId: item.id,
          version: version.number,
          declarationSha256: version.declaration.sha256,
          agreed,
          comment,
          statement,
          signedAt,
          learnerId: actor.userId,
        });
        await this.records.insertCountersignature(manager, {
          versionId,
          learnerId: actor.userId,
          agreed,
          comment,
          statement,
          signedAt,
          sha256,
          idempotencyKey,
          requestSha256,
        });
        // Agreeing makes the record the assessor's acceptance of it, mapped as it claims: the
        // decision the sign-off matrix counts, as if they had accepted it from the queue.
        const decisionId = agreed
          ? await this.assessment.recordDecision(manager, {
              versionId,
              enrolmentId: enrolment.id,
              assessorId: item.author.id,
              decision: 'accept',
              feedback: null,
              mapping: version.claims,
            })
          : null;
        await this.audit.record(manager, {
          actorId: actor.userId,
          requestId: actor.requestId,
          centreId: enrolment.centreId,
          action: agreed ? 'evidence.record_agreed' : 'evidence.record_disagreed',
          subjectType: 'evidence',
          subjectId: item.id,
          before: { version: version.number, status: move.from },
          after: {
            version: version.number,
            status: move.to,
            countersignatureSha256: sha256,
            ...(decisionId === null ? {} : { acceptanceId: decisionId }),
          },
        });
        return false;
      })
      .catch(refuseKeyTakenMeanwhile);
    return { record: await this.evidence.get(actor, item.id), replayed };
  }
}

/** The unique keys that hold one signer's Idempotency-Key to one signature. */
const IDEMPOTENCY_CONSTRAINTS = new Set([
  'declarations_idempotency',
  'evidence_countersignatures_idempotency',
]);

/**
 * Two requests sent at once with one key for different records each found it unused under
 * their own record's lock; the unique key let one sign, and the other is told as a later reuse
 * of the key would be (a retry of the same record waits on its lock and finds the signature).
 */
function refuseKeyTakenMeanwhile(error: unknown): never {
  const constraint =
    error instanceof QueryFailedError
      ? (error.driverError as { constraint?: string }).constraint
      : undefined;
  if (constraint !== undefined && IDEMPOTENCY_CONSTRAINTS.has(constraint))
    throw new DomainError('CONFLICT', REUSED_KEY);
  throw error;
}
