import { Injectable } from '@nestjs/common';
import type { LearnerCapabilities, LearnerProfile } from '@signoff/contracts';
import { AccessService } from '../access/access.service';
import { holdsRoleAt, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { LearnersRepository } from './learners.repository';

/**
 * A learner's record is kept by the admins of its centre; the learner reads their own; assessors
 * and IQAs read the learners whose enrolments they hold; EQAs read those of their centres; each
 * only while holding that role at the centre (`AccessService.readableLearners`). Anyone else is
 * told it does not exist.
 */
@Injectable()
export class LearnersPolicy {
  constructor(
    private readonly learners: LearnersRepository,
    private readonly access: AccessService,
  ) {}

  async requireReadable(actor: Actor, learnerId: string): Promise<LearnerProfile> {
    return this.found(await this.access.readableLearners(actor, [learnerId]), learnerId);
  }

  /** Kept (changed, enrolled, its corrections resolved) by the admins of its centre. */
  async requireManageable(actor: Actor, learnerId: string): Promise<LearnerProfile> {
    return this.found(await this.access.manageableLearners(actor, [learnerId]), learnerId);
  }

  /** What the actor may do to a record they read, as the commands below decide it. */
  capabilities(actor: Actor, profile: LearnerProfile): LearnerCapabilities {
    return {
      manage: holdsRoleAt(actor, 'admin', profile.centreId),
      proposeCorrection: profile.id === actor.userId,
    };
  }

  requireSelf(actor: Actor, profile: LearnerProfile): void {
    if (profile.id !== actor.userId)
      throw new DomainError('FORBIDDEN', 'Only the learner proposes corrections to their record');
  }

  private async found(passed: Set<string>, learnerId: string): Promise<LearnerProfile> {
    const profile = passed.has(learnerId) ? await this.learners.findProfile(learnerId) : null;
    if (profile === null) throw DomainError.notFound('Learner');
    return profile;
  }
}
