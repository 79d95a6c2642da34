import { Injectable } from '@nestjs/common';
import type { EvidenceCapabilities, EvidenceStatus } from '@signoff/contracts';
import {
  decisionRefusal,
  evidenceActionsFor,
  mayDiscardEvidence,
  mayEditEvidence,
  portfolioChangeRefusal,
} from '@signoff/domain';
import { AccessService } from '../access/access.service';
import type { Actor } from '../auth/actor';
import {
  EnrolmentsService,
  isAssessorOf,
  type EnrolmentFacts,
} from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { EvidenceRepository, type StoredFile, type VisibleItem } from './evidence.repository';

/** What a reader may see of an evidence item: drafts are their author's alone. */
export interface VisibleEvidence extends VisibleItem {
  seesDrafts: boolean;
}

/**
 * Evidence is seen by whoever may see its enrolment (the learner, their current assessor and
 * IQA, the centre's admins and EQAs) and is 404 to everyone else. Only its learner drafts,
 * changes and submits it; until the learner submits, work in progress is theirs alone, so an
 * item never submitted is 404 to everyone else too. Who sees an item or a file, the access
 * module's conditions decide (`evidenceInReach`, `fileInReach`), in the one statement that reads
 * it; a malformed id is 404 without asking.
 */
@Injectable()
export class EvidencePolicy {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly access: AccessService,
  ) {}

  async requireVisible(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    const found = isRecordId(itemId)
      ? await this.evidence.findVisibleItem(this.access.reach(actor), itemId)
      : null;
    if (found === null) throw DomainError.notFound('Evidence');
    return { ...found, seesDrafts: found.item.author.id === actor.userId };
  }

  /** A file, to whoever may see a version holding it (a draft's files are its author's); 404 otherwise. */
  async requireReadableFile(actor: Actor, fileId: string): Promise<StoredFile> {
    const file = isRecordId(fileId)
      ? await this.evidence.findReadableFile(this.access.reach(actor), fileId)
      : null;
    if (file === null) throw DomainError.notFound('File');
    return file;
  }

  async requireAuthor(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    const found = await this.requireVisible(actor, itemId);
    if (
      found.item.author.id !== actor.userId ||
      !this.enrolments.isLearnerOf(actor, found.enrolment)
    )
      throw new DomainError('FORBIDDEN', 'Only the learner who wrote this evidence can change it');
    return found;
  }

  /**
   * The item, to its enrolment's current assessor holding the assessor role at its centre; 404 to
   * whoever may not see it, 403 to the others who may (its learner, the centre's admins).
   */
  async requireAssessorOf(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    const found = await this.requireVisible(actor, itemId);
    if (!isAssessorOf(actor, found.enrolment))
      throw new DomainError('FORBIDDEN', 'Only the enrolment’s assessor decides on its evidence');
    return found;
  }

  /**
   * What the actor may do to an item they see, as the commands decide it: its author, while the
   * learner of its enrolment and the portfolio takes changes, makes the learner's moves the
   * transition table lists from its status; its enrolment's assessor makes the assessor's while
   * the enrolment's evidence is still assessed.
   */
  capabilities(
    actor: Actor,
    { item, enrolment }: VisibleEvidence,
    versionStatuses: EvidenceStatus[],
  ): EvidenceCapabilities {
    const status = versionStatuses[versionStatuses.length - 1];
    const learner =
      item.author.id === actor.userId &&
      this.enrolments.isLearnerOf(actor, enrolment) &&
      portfolioChangeRefusal(enrolment.status) === null;
    const moves = learner ? evidenceActionsFor(status, 'learner') : [];
    const assessorMoves =
      isAssessorOf(actor, enrolment) && decisionRefusal(enrolment.status) === null
        ? evidenceActionsFor(status, 'assessor')
        : [];
    return {
      edit: learner && mayEditEvidence(status),
      submit: moves.includes('submit'),
      revise: moves.includes('revise'),
      discard: learner && mayDiscardEvidence(versionStatuses),
      decide: assessorMoves.includes('accept') && assessorMoves.includes('refer'),
      withdrawAcceptance: assessorMoves.includes('withdrawAcceptance'),
    };
  }

  requireLearnerOf(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!this.enrolments.isLearnerOf(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner adds evidence to their portfolio');
  }
}
