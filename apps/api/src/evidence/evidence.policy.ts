import { Injectable } from '@nestjs/common';
import type { EvidenceCapabilities, EvidenceOrigin, EvidenceStatus } from '@signoff/contracts';
import {
  decisionRefusal,
  evidenceActionsFor,
  mayDiscardEvidence,
  mayEditEvidence,
  portfolioChangeRefusal,
  type EvidenceMover,
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

  /**
   * The item, to the person who wrote it while they are still its enrolment's learner (their own
   * evidence) or its assessor (a record they made); 404 to whoever may not see it, 403 to the
   * others who may. A witness's testimony is changed by no one (409), and an item is changed only
   * through the routes of its kind (`origins`: a record is saved and signed through its own).
   */
  async requireAuthor(
    actor: Actor,
    itemId: string,
    origins: readonly EvidenceOrigin[] = ['learner', 'assessor'],
  ): Promise<VisibleEvidence> {
    const found = await this.requireVisible(actor, itemId);
    const { item, enrolment } = found;
    const stillTheirs =
      item.origin === 'assessor'
        ? isAssessorOf(actor, enrolment)
        : this.enrolments.isLearnerOf(actor, enrolment);
    if (item.author.id !== actor.userId || !stillTheirs)
      throw new DomainError(
        'FORBIDDEN',
        item.origin === 'assessor'
          ? 'Only the assessor who made this record, while they assess this enrolment, can change it'
          : 'Only the learner who wrote this evidence can change it',
      );
    if (item.origin === 'witness')
      throw new DomainError(
        'CONFLICT',
        'A witness’s testimony is never changed: ask the witness again for a new statement',
      );
    if (!origins.includes(item.origin))
      throw new DomainError(
        'CONFLICT',
        item.origin === 'assessor'
          ? 'This is a record you made at the workplace: save it and sign it from the record itself'
          : 'This is the learner’s own evidence: only a record you made is changed this way',
      );
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
   * What the actor may do to an item they see, as the commands decide it: its author (the
   * learner, or the assessor who wrote a record), while still the enrolment's learner or
   * assessor and the portfolio takes changes, makes the author's moves the transition table
   * lists from its status; its enrolment's assessor judges while the enrolment's evidence is
   * still assessed; its learner countersigns an assessor's record while the portfolio is open.
   */
  capabilities(
    actor: Actor,
    { item, enrolment }: VisibleEvidence,
    versionStatuses: EvidenceStatus[],
  ): EvidenceCapabilities {
    const status = versionStatuses[versionStatuses.length - 1];
    const open = portfolioChangeRefusal(enrolment.status) === null;
    const learner = this.enrolments.isLearnerOf(actor, enrolment);
    const assessor = isAssessorOf(actor, enrolment);
    const author = item.author.id === actor.userId && (learner || assessor);
    const writes = author && open && item.origin !== 'witness';
    const moves = (by: EvidenceMover, may: boolean) =>
      may ? evidenceActionsFor(status, by, item.origin) : [];
    const learnerMoves = moves('learner', learner && open);
    const assessorMoves = moves('assessor', assessor && decisionRefusal(enrolment.status) === null);
    const authorMoves = moves(item.origin === 'assessor' ? 'assessor' : 'learner', writes);
    return {
      edit: writes && mayEditEvidence(status),
      submit: authorMoves.includes('submit'),
      revise: authorMoves.includes('revise'),
      discard: writes && mayDiscardEvidence(versionStatuses),
      decide: assessorMoves.includes('accept') && assessorMoves.includes('refer'),
      withdrawAcceptance: assessorMoves.includes('withdrawAcceptance'),
      sign: authorMoves.includes('sign'),
      countersign: learnerMoves.includes('agree'),
    };
  }

  requireLearnerOf(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!this.enrolments.isLearnerOf(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner adds evidence to their portfolio');
  }
}
