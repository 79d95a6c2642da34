import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHODS,
  type AssessmentMethod,
  type EvidenceDetail,
  type EvidenceFilter,
  type EvidenceOrigin,
  type EvidenceSort,
  type EvidenceStatus,
  type EvidenceSummary,
  type EvidenceVersion,
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
import { EvidenceRepository, type StoredVersion } from './evidence.repository';
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
    filter: EvidenceFilter & SortQuery<EvidenceSort>,
    page: PageRequest,
  ): Promise<Page<EvidenceSummary>> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    const codes = await this.evidence.centreMethodCodes(enrolment.centreId);
    const ownPortfolio = enrolment.learner.id === actor.userId;
    const listed = await this.evidence.findByEnrolment(enrolment.id, filter, ownPortfolio, page);
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
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
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
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.evidence.lockItem(manager, item.id);
      const version = await this.evidence.findCurrentVersion(item.id, manager);
      const move = requireMove(item.origin, version.status, 'submit', 'learner');
      const problems = submissionProblems({ ...version, fileCount: version.files.length });
      if (problems.length > 0) throw DomainError.invalid(problems);
      const declaredAt = new Date().toISOString();
      const sha256 = declarationHash({
        evidenceId: item.id,
        enrolmentId: enrolment.id,
        declarant: { role: 'learner', id: actor.userId },
        version,
        statement: request.statement,
        declaredAt,
      });
      await this.evidence.moveStatus(manager, version.id, move);
      await this.evidence.insertDeclaration(manager, {
        versionId: version.id,
        declaredAs: 'learner',
        declaredBy: actor.userId,
        statement: request.statement,
        declaredAt,
        sha256,
      });
      await this.record(
        manager,
        actor,
        enrolment,
        item.id,
        'evidence.submitted',
        { version: version.number, status: move.from },
        { version: version.number, status: move.to, declarationSha256: sha256 },
      );
    });
    return this.detail(actor, { item, enrolment, seesDrafts: true });
  }

  /** A referred item comes back to its learner as a new draft version; the referred one stays. */
  async revise(actor: Actor, itemId: string): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.evidence.lockItem(manager, item.id);
      const current = await this.evidence.findCurrentVersion(item.id, manager);
      const move = requireMove(item.origin, current.status, 'revise', 'learner');
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

  /** A draft that was never submitted may be thrown away; anything once submitted stays. */
  async discard(actor: Actor, itemId: string): Promise<void> {
    const { item, enrolment } = await this.policy.requireAuthor(actor, itemId);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.evidence.lockItem(manager, item.id);
      const versions = await this.evidence.findVersions(item.id, true, manager);
      if (!mayDiscardEvidence(versions.map((version) => version.status))) {
        throw new DomainError('CONFLICT', 'Evidence that has been submitted is kept');
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
    await this.evidence.lockItem(manager, itemId);
    const current = await this.evidence.findCurrentVersion(itemId, manager);
    if (current.number !== judged) {
      throw new DomainError(
        'CONFLICT',
        `Version ${judged} is not this evidence’s newest version: version ${current.number} is. Open the evidence again to judge the newest.`,
      );
    }
    const move = requireMove(origin, current.status, action, 'assessor');
    await this.evidence.moveStatus(manager, current.id, move);
    return { versionId: current.id, number: current.number, move };
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

  private async checkedContent(
    enrolment: EnrolmentFacts,
    content: EvidenceContentDto,
  ): Promise<EvidenceContentDto> {
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

/** The centre's own code for the method, if it has one; the national code otherwise. */
export function methodCode(method: AssessmentMethod, centreCode?: string | null): string {
  return centreCode ?? ASSESSMENT_METHODS[method].code;
}

function publicVersion(version: StoredVersion): EvidenceVersion {
  const { id: _id, ...rest } = version;
  return { ...rest, files: rest.files.map((file) => ({ ...file, size: Number(file.size) })) };
}
