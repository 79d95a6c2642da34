import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EvidenceContent,
  EvidenceDetail,
  EvidenceSummary,
  ObservationParticulars,
  Page,
  WorkplaceRecordKind,
} from '@signoff/contracts';
import { observationProblems } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { EnrolmentsService, type EnrolmentFacts } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { EvidenceService } from '../evidence/evidence.service';
import { WriteBurstLimiterService } from '../write-limits/write-burst-limiter.service';
import type {
  DiscussionContentDto,
  ObservationContentDto,
  RecordFilterDto,
} from './dto/workplace-record.dto';
import { RECORD_KINDS } from './record-kinds';

/** What the assessor sends for a record: an observation's content has its setting and times. */
export type RecordContent = ObservationContentDto | DiscussionContentDto;

/**
 * The records an assessor makes at the workplace, drafted: direct observations and professional
 * discussions, evidence items of their method written by the enrolment's assessor (origin
 * `assessor`). Listing, reading, files, revising and discarding are the evidence module's, with
 * the assessor as the author; signing and countersigning are RecordSignaturesService's.
 */
@Injectable()
export class WorkplaceRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: EvidenceService,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
    private readonly writeLimits: WriteBurstLimiterService,
  ) {}

  /** The enrolment's records of this kind made by assessors, to whoever sees the enrolment. */
  list(
    actor: Actor,
    enrolmentId: string,
    kind: WorkplaceRecordKind,
    filter: RecordFilterDto,
  ): Promise<Page<EvidenceSummary>> {
    return this.evidence.list(
      actor,
      enrolmentId,
      { ...filter, method: RECORD_KINDS[kind].method, origin: 'assessor' },
      filter,
    );
  }

  /** A new draft record (version 1), by the enrolment's assessor, while its portfolio is open. */
  async create(
    actor: Actor,
    enrolmentId: string,
    kind: WorkplaceRecordKind,
    content: RecordContent,
  ): Promise<EvidenceDetail> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    if (!this.enrolments.isAssessorOf(actor, enrolment))
      throw new DomainError(
        'FORBIDDEN',
        'Only the enrolment’s assessor records what they observe or discuss with its learner',
      );
    const { clean, observation } = await this.checked(enrolment, kind, content);
    const itemId = await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await this.writeLimits.count(manager, 'evidence', actor.userId);
      const id = await this.evidence.insertRecord(
        manager,
        enrolment.id,
        actor.userId,
        clean,
        observation,
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: 'evidence.created',
        subjectType: 'evidence',
        subjectId: id,
        after: { version: 1, origin: 'assessor', method: clean.method },
      });
      return id;
    });
    return this.evidence.get(actor, itemId);
  }

  /** Saves the draft record (the web app autosaves): its author, still the enrolment's assessor. */
  async save(
    actor: Actor,
    enrolmentId: string,
    itemId: string,
    kind: WorkplaceRecordKind,
    content: RecordContent,
  ): Promise<EvidenceDetail> {
    const { item, enrolment } = await this.evidence.requireAuthor(actor, itemId, ['assessor']);
    if (item.enrolmentId !== enrolmentId) throw DomainError.notFound(RECORD_KINDS[kind].noun);
    const { clean, observation } = await this.checked(enrolment, kind, content);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      const draft = await this.evidence.currentDraft(manager, item.id);
      // An observation is not saved at a discussion's address, nor the other way round.
      if (draft.method !== clean.method) throw DomainError.notFound(RECORD_KINDS[kind].noun);
      await this.evidence.updateRecordDraft(manager, draft.id, clean, observation);
    });
    return this.evidence.get(actor, item.id);
  }

  /** The content as kept, or 400 naming each field wrong, before anything is written. */
  private async checked(
    enrolment: EnrolmentFacts,
    kind: WorkplaceRecordKind,
    content: RecordContent,
  ): Promise<{ clean: EvidenceContent; observation: ObservationParticulars | null }> {
    let observation: ObservationParticulars | null = null;
    if (kind === 'observation' && 'setting' in content) {
      observation = {
        setting: content.setting,
        startTime: content.startTime,
        endTime: content.endTime,
      };
      const problems = observationProblems(observation, { complete: false });
      if (problems.length > 0) throw DomainError.invalid(problems);
    }
    const clean = await this.evidence.checkedContent(enrolment, {
      method: RECORD_KINDS[kind].method,
      title: content.title,
      narrative: content.narrative,
      activityDate: content.activityDate,
      claims: content.claims,
    });
    return { clean, observation };
  }
}
