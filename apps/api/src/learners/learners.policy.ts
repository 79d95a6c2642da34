import { Injectable } from '@nestjs/common';
import type { LearnerProfile } from '@signoff/contracts';
import { centresWhere, holdsRoleAt, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { LearnersRepository } from './learners.repository';

/**
 * A learner's record is kept by the admins of its centre; the learner reads their own; assessors
 * and IQAs read the learners whose enrolments they hold; EQAs read those of their centres; each
 * only while holding that role at the centre. Anyone else is told it does not exist.
 */
@Injectable()
export class LearnersPolicy {
  constructor(private readonly learners: LearnersRepository) {}

  async requireReadable(actor: Actor, learnerId: string): Promise<LearnerProfile> {
    const profile = isRecordId(learnerId) ? await this.learners.findProfile(learnerId) : null;
    if (profile === null) throw DomainError.notFound('Learner');
    const mayRead =
      (profile.id === actor.userId && holdsRoleAt(actor, 'learner', profile.centreId)) ||
      holdsRoleAt(actor, 'admin', profile.centreId) ||
      holdsRoleAt(actor, 'eqa', profile.centreId) ||
      (await this.learners.holdsEnrolmentOf(actor.userId, profile.id, {
        assessor: centresWhere(actor, 'assessor'),
        iqa: centresWhere(actor, 'iqa'),
      }));
    if (!mayRead) throw DomainError.notFound('Learner');
    return profile;
  }

  async requireManageable(actor: Actor, learnerId: string): Promise<LearnerProfile> {
    const profile = isRecordId(learnerId) ? await this.learners.findProfile(learnerId) : null;
    if (profile === null || !centresWhere(actor, 'admin').includes(profile.centreId))
      throw DomainError.notFound('Learner');
    return profile;
  }

  requireSelf(actor: Actor, profile: LearnerProfile): void {
    if (profile.id !== actor.userId)
      throw new DomainError('FORBIDDEN', 'Only the learner proposes corrections to their record');
  }
}
