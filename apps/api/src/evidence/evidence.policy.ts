import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { EnrolmentsService, type StoredEnrolment } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { EvidenceRepository, type StoredItem } from './evidence.repository';

/** What a reader may see of an evidence item: drafts are their author's alone. */
export interface VisibleEvidence {
  item: StoredItem;
  enrolment: StoredEnrolment;
  seesDrafts: boolean;
}

/**
 * Evidence is seen by whoever may see its enrolment (the learner, their current assessor and
 * IQA, the centre's admins and EQAs) and is 404 to everyone else. Only its learner drafts,
 * changes and submits it; until the learner submits, work in progress is theirs alone, so an
 * item never submitted is 404 to everyone else too.
 */
@Injectable()
export class EvidencePolicy {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async requireVisible(actor: Actor, itemId: string): Promise<VisibleEvidence> {
    const item = isRecordId(itemId) ? await this.evidence.findItem(itemId) : null;
    if (item === null) throw DomainError.notFound('Evidence');
    let enrolment: StoredEnrolment;
    try {
      enrolment = await this.enrolments.visible(actor, item.enrolmentId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw DomainError.notFound('Evidence');
      throw error;
    }
    const seesDrafts = item.author.id === actor.userId;
    if (!seesDrafts && !(await this.evidence.wasSubmitted(item.id)))
      throw DomainError.notFound('Evidence');
    return { item, enrolment, seesDrafts };
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

  requireLearnerOf(actor: Actor, enrolment: StoredEnrolment): void {
    if (!this.enrolments.isLearnerOf(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner adds evidence to their portfolio');
  }
}
