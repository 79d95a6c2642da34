import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type EvidenceContent,
  type EvidenceDetail,
  type EvidenceFilter,
  type EvidenceOrigin,
  type EvidenceSort,
  type EvidenceStatus,
  type EvidenceSummary,
  type EvidenceVersion,
  type FieldError,
  type ObservationParticulars,
  type Page,
  type SortQuery,
} from '@signoff/contracts';
import {
  claimProblems,
  decideEvidenceMove,
  mayDiscardEvidence,
  mayEditEvidence,
  submissionProblems,
  type EvidenceAction,
  type EvidenceMover,
  type EvidenceTransition,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { PageRequest } from '../database/query-page';
import { EnrolmentsService, type EnrolmentFacts } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { QualificationsService } from '../qualifications/qualifications.service';
import { WriteBurstLimiterService } from '../write-limits/write-burst-limiter.service';
import { declarationHash } from './declared-content';
import type { EvidenceContentDto, SubmitEvidenceDto } from './dto/evidence.dto';
import { EvidencePolicy, type VisibleEvidence } from './evidence.policy';

export type { VisibleEvidence } from './evidence.policy';
import { EvidenceRepository, type StoredItem, type StoredVersion } from './evidence.repository';
import { narrativeFromPlainText, sanitiseNarrative } from './narrative';

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: EvidenceRepository,
    private readonly policy: EvidencePolicy,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
    private readonly audit: AuditService,
    private readonly writeLimits: WriteBurstLimiterService,
  ) {}

  async list(
    actor: Actor,
    enrolmentId: string,
    filter: EvidenceFilter & SortQuery<EvidenceSort> & { origin?: EvidenceOrigin },
    page: PageRequest,
  ): Promise<Page<EvidenceSummary>> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    const codes = await this.evidence.centreMethodCodes(enrolment.centreId);
    const listed = await this.evidence.findByEnrolment(enrolment.id, filter, actor.userId, page);
    return {
      ...listed,
      items: listed.items.map((item) => ({
        ...item,
        methodCode: methodCode(item.method, codes.get(item.method)),
      })),
    };
  }

  async create(
    actor: Actor,
    enrolmentId: string,
    content: EvidenceContentDto,
  ): Promise<EvidenceDetail> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireLearnerOf(actor, enrolment);
    const clean = await this.checkedContent(enrolment, content);
    const itemId = await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.writeLimits.count(manager, 'evidence', actor.userId);
      const id = await this.evidence.insertItem(manager, enrolment.id, actor.userId, clean);
      await this.record(manager, actor, enrolment, id, 'evidence.created', null, { version: 1 });
      return id;
    });
    return this.get(actor, itemId);
  }

  async get(actor: Actor, itemId: string): Promise<EvidenceDetail> {
    return this.detail(actor, await this.policy.requireVisible(actor, itemId));
  }

  /**
   * For witness testimony: a witness's statement becomes a submitted evidence item of the
   * enrolment, inside the caller's transaction, with the witness's declaration. Its author is the
   * person who asked for it (the witness has no account); the item awaits the enrolment's
   * assessor like any submitted evidence. The statement is plain text: its paragraphs become the
   * narrative's, sanitised as every narrative is.
   */
  async recordTestimony(
    manager: EntityManager,
    testimony: {
      enrolment: Pick<EnrolmentFacts, 'id' | 'centreId'>;
      requestedBy: string;
      content: Omit<EvidenceContentDto, 'narrative'>;
      statement: string;
      witness: NonNullable<EvidenceVersion['witness']>;
      declaration: string;
      requestId: string;
    },
  ): Promise<{ itemId: string; declarationSha256: string }> {
    const { enrolment, witness } = testimony;
    await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
    const itemId = await this.evidence.insertWitnessItem(
      manager,
      enrolment.id,
      testimony.requestedBy,
      { ...testimony.content, narrative: narrativeFromPlainText(testimony.statement) },
      witness,
    );
    const version = await this.evidence.findCurrentVersion(itemId, manager);
    const declaredAt = new Date().toISOString();
    const sha256 = declarationHash({
      evidenceId: itemId,
      enrolmentId: enrolment.id,
      declarant: { role: 'witness', name: witness.name },
      version,
      statement: testimony.declaration,
      declaredAt,
    });
    await this.evidence.insertDeclaration(manager, {
      versionId: version.id,
      declaredAs: 'witness',
      declaredBy: null,
      declarantName: witness.name,
      statement: testimony.declaration,
      declaredAt,
      sha256,
    });
    await this.audit.record(manager, {
      actorId: null,
      centreId: enrolment.centreId,
      action: 'evidence.witness_testimony_given',
      subjectType: 'evidence',
      subjectId: itemId,
      before: null,
      after: {
        version: 1,
        status: version.status,
        witnessRequestId: testimony.requestId,
        witnessName: witness.name,
        declarationSha256: sha256,
      },
    });
    return { itemId, declarationSha256: sha256 };
  }

  async versions(actor: Actor, itemId: string): Promise<EvidenceVersion[]> {
    const { seesDrafts } = await this.policy.requireVisible(actor, itemId);
    return (await this.evidence.findVersions(itemId, seesDrafts)).map(publicVersion);
  }

  /** Saves the draft's content (the web app autosaves). A submitted version never changes. */
  async saveDraft(
    actor: Actor,
    itemId: string,
    content: EvidenceContentDto,
  ): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId, ['learner']);
    const clean = await this.checkedContent(enrolment, content);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      const draft = await this.currentDraft(manager, item.id);
      await this.evidence.updateDraft(manager, draft.id, clean);
    });
    return this.detail(actor, { item, enrolment, seesDrafts: true });
  }

  /** The learner declares the draft their own work; the declaration's hash covers what was declared. */
  async submit(actor: Actor, itemId: string, request: SubmitEvidenceDto): Promise<EvidenceDetail> {
    const visible = await this.policy.requireAuthor(actor, itemId, ['learner']);
    const { item, enrolment } = visible;
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      const { number, move, sha256 } = await this.declareCurrentVersion(manager, visible, {
        action: 'submit',
        declarant: { role: 'learner', id: actor.userId },
        declare: (version) => ({
          problems: submissionProblems({ ...version, fileCount: version.files.length }),
          statement: request.statement,
        }),
      });
      await this.record(
        manager,
        actor,
        enrolment,
        item.id,
        'evidence.submitted',
        { version: number, status: move.from },
        { version: number, status: move.to, declarationSha256: sha256 },
      );
    });
    return this.detail(actor, { item, enrolment, seesDrafts: true });
  }

  /**
   * A referred item comes back to whoever wrote it (its learner, or the assessor who made the
   * record) as a new draft version; the referred one stays.
   */
  async revise(actor: Actor, itemId: string): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.evidence.lockItem(manager, item.id);
      const current = await this.evidence.findCurrentVersion(item.id, manager);
      const move = requireMove(item.origin, current.status, 'revise', authorMover(item.origin));
      await this.evidence.insertRevision(manager, current, move);
      await this.record(
        manager,
        actor,
        enrolment,
        item.id,
        'evidence.revision_started',
        { version: current.number },
        { version: current.number + 1 },
      );
    });
    return this.detail(actor, { item, enrolment, seesDrafts: true });
  }

  /**
   * A draft never submitted (or, a record, never signed) may be thrown away by whoever wrote it;
   * anything once declared stays.
   */
  async discard(actor: Actor, itemId: string): Promise<void> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.evidence.lockItem(manager, item.id);
      const versions = await this.evidence.findVersions(item.id, true, manager);
      if (!mayDiscardEvidence(versions.map((version) => version.status))) {
        throw new DomainError(
          'CONFLICT',
          item.origin === 'assessor'
            ? 'A record that has been signed is kept'
            : 'Evidence that has been submitted is kept',
        );
      }
      await this.evidence.deleteDraftItem(manager, item.id);
      await this.record(
        manager,
        actor,
        enrolment,
        item.id,
        'evidence.discarded',
        { version: 1, title: versions[0].title },
        null,
      );
    });
  }

  /** For the assessment module: the item, to its enrolment's assessor (403 or 404 otherwise). */
  requireAssessorOf(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    return this.policy.requireAssessorOf(actor, itemId);
  }

  /**
   * An assessor's move on the version they judged, inside the caller's transaction: 409 when it
   * is no longer the item's newest version, or when the transition table refuses the move.
   */
  async moveJudgedVersion(
    manager: EntityManager,
    itemId: string,
    judged: number,
    action: EvidenceAction,
    origin: EvidenceOrigin,
  ): Promise<{ versionId: string; number: number; move: EvidenceTransition }> {
    const { versionId, version, move } = await this.moveNewest(
      manager,
      { id: itemId, origin },
      action,
      'assessor',
      (current) => {
        if (current.number !== judged)
          throw new DomainError(
            'CONFLICT',
            `Version ${judged} is not this evidence’s newest version: version ${current.number} is. Open the evidence again to judge the newest.`,
          );
      },
    );
    return { versionId, number: version.number, move };
  }

  /** For the records made at the workplace: the item, to whoever may see it (404 otherwise). */
  requireVisible(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    return this.policy.requireVisible(actor, itemId);
  }

  /**
   * For the records made at the workplace: the item, to its author while still its enrolment's
   * learner or assessor, when it is of one of `origins` (see EvidencePolicy.requireAuthor).
   */
  requireAuthor(
    actor: Actor,
    itemId: string,
    origins: readonly EvidenceOrigin[],
  ): Promise<VisibleEvidence> {
    return this.policy.requireAuthor(actor, itemId, origins);
  }

  /** Locks the item, inside the caller's transaction, while its versions change. */
  lockItem(manager: EntityManager, itemId: string): Promise<void> {
    return this.evidence.lockItem(manager, itemId);
  }

  /**
   * A record its assessor makes (origin `assessor`), as a first draft, inside the caller's
   * transaction; an observation with where and when it took place. Answers the item's id.
   */
  insertRecord(
    manager: EntityManager,
    enrolmentId: string,
    authorId: string,
    content: EvidenceContent,
    observation: ObservationParticulars | null,
  ): Promise<string> {
    return this.evidence.insertItem(manager, enrolmentId, authorId, content, {
      origin: 'assessor',
      observation,
    });
  }

  /** Saves a record's draft version (from `currentDraft`) inside the caller's transaction. */
  async updateRecordDraft(
    manager: EntityManager,
    versionId: string,
    content: EvidenceContent,
    observation: ObservationParticulars | null,
  ): Promise<void> {
    await this.evidence.updateDraft(manager, versionId, content);
    if (observation !== null)
      await this.evidence.updateObservation(manager, versionId, observation);
  }

  /**
   * Declares the item's current version, inside the caller's transaction with the item locked:
   * the transition table's move (409 otherwise), what `declare` says of the version (400 naming
   * its problems; else the statement signed), and the declaration, whose hash covers what was
   * declared. An assessor signing their record gives the Idempotency-Key of their request.
   */
  async declareCurrentVersion(
    manager: EntityManager,
    { item, enrolment }: VisibleEvidence,
    declaration: {
      action: EvidenceAction;
      declarant: { role: 'learner' | 'assessor'; id: string };
      idempotencyKey?: string;
      declare: (version: EvidenceVersion) => { problems: FieldError[]; statement: string };
    },
  ): Promise<{ number: number; move: EvidenceTransition; sha256: string }> {
    await this.evidence.lockItem(manager, item.id);
    const version = await this.evidence.findCurrentVersion(item.id, manager);
    const move = requireMove(
      item.origin,
      version.status,
      declaration.action,
      declaration.declarant.role,
    );
    const { problems, statement } = declaration.declare(version);
    if (problems.length > 0) throw DomainError.invalid(problems);
    const declaredAt = new Date().toISOString();
    const sha256 = declarationHash({
      evidenceId: item.id,
      enrolmentId: enrolment.id,
      declarant: declaration.declarant,
      version,
      statement,
      declaredAt,
    });
    await this.evidence.moveStatus(manager, version.id, move);
    await this.evidence.insertDeclaration(manager, {
      versionId: version.id,
      declaredAs: declaration.declarant.role,
      declaredBy: declaration.declarant.id,
      idempotencyKey: declaration.idempotencyKey,
      statement,
      declaredAt,
      sha256,
    });
    return { number: version.number, move, sha256 };
  }

  /**
   * Moves the item's current version as the transition table says (409 otherwise), inside the
   * caller's transaction with the item locked: the learner's answer to a record made about them.
   */
  moveCurrentVersion(
    manager: EntityManager,
    { item }: VisibleEvidence,
    action: EvidenceAction,
    by: EvidenceMover,
  ): Promise<{ versionId: string; version: EvidenceVersion; move: EvidenceTransition }> {
    return this.moveNewest(manager, item, action, by);
  }

  /**
   * The one path by which a move changes an item's newest version in place: locks the item,
   * reads the version, lets `check` refuse it, then makes the transition table's move (409
   * otherwise).
   */
  private async moveNewest(
    manager: EntityManager,
    item: Pick<StoredItem, 'id' | 'origin'>,
    action: EvidenceAction,
    by: EvidenceMover,
    check: (current: StoredVersion) => void = () => undefined,
  ): Promise<{ versionId: string; version: EvidenceVersion; move: EvidenceTransition }> {
    await this.evidence.lockItem(manager, item.id);
    const current = await this.evidence.findCurrentVersion(item.id, manager);
    check(current);
    const move = requireMove(item.origin, current.status, action, by);
    await this.evidence.moveStatus(manager, current.id, move);
    return { versionId: current.id, version: publicVersion(current), move };
  }

  /** The open draft, locked, or 409: a submitted version is never changed. */
  async currentDraft(manager: EntityManager, itemId: string): Promise<StoredVersion> {
    await this.evidence.lockItem(manager, itemId);
    const version = await this.evidence.findCurrentVersion(itemId, manager);
    if (!mayEditEvidence(version.status)) {
      throw new DomainError(
        'CONFLICT',
        `Version ${version.number} is ${version.status} and cannot be changed`,
      );
    }
    return version;
  }

  /**
   * The content as it is kept: its claims checked against the enrolment's qualification (400
   * naming each one it does not have), its narrative sanitised. For the records made at the
   * workplace too.
   */
  async checkedContent(
    enrolment: EnrolmentFacts,
    content: EvidenceContent,
  ): Promise<EvidenceContent> {
    const version = await this.qualifications.versionById(enrolment.qualificationVersionId);
    const problems = claimProblems(version?.document ?? { units: [] }, content.claims);
    if (problems.length > 0) throw DomainError.invalid(problems);
    return { ...content, narrative: sanitiseNarrative(content.narrative) };
  }

  /** The item as the actor reads it: with what they may do to it now. */
  private async detail(actor: Actor, visible: VisibleEvidence): Promise<EvidenceDetail> {
    const { item, enrolment, seesDrafts } = visible;
    const { versions, decisions, countersignatures, centreMethodCode } =
      await this.evidence.findRecord(item.id, seesDrafts, enrolment.centreId);
    const current = versions[versions.length - 1];
    return {
      ...item,
      methodCode: methodCode(current.method, centreMethodCode),
      current: publicVersion(current),
      versions: versions.map((version) => version.number),
      can: this.policy.capabilities(
        actor,
        visible,
        versions.map((version) => version.status),
      ),
      decisions,
      countersignatures,
    };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    enrolment: EnrolmentFacts,
    itemId: string,
    action: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId: enrolment.centreId,
      action,
      subjectType: 'evidence',
      subjectId: itemId,
      before,
      after,
    });
  }
}

/** The transition table's move, or 409 saying why not: every status change comes through here. */
export function requireMove(
  origin: EvidenceOrigin,
  status: EvidenceStatus,
  action: EvidenceAction,
  by: EvidenceMover,
): EvidenceTransition {
  const decision = decideEvidenceMove(status, action, by, origin);
  if (!decision.allowed) throw new DomainError('CONFLICT', decision.refusal);
  return decision.transition;
}

/** Who makes the author's moves on an item: the assessor on their own record, else the learner. */
function authorMover(origin: EvidenceOrigin): EvidenceMover {
  return origin === 'assessor' ? 'assessor' : 'learner';
}

/** The centre's own code for the method, if it has one; the national code otherwise. */
export function methodCode(method: AssessmentMethod, centreCode?: string | null): string {
  return centreCode ?? ASSESSMENT_METHODS[method].code;
}

function publicVersion(version: StoredVersion): EvidenceVersion {
  const { id: _id, ...rest } = version;
  return { ...rest, files: rest.files.map((file) => ({ ...file, size: Number(file.size) })) };
}
