import { Injectable } from '@nestjs/common';
import type { HourEntry, HourEntryStatus } from '@signoff/contracts';
import {
  decisionRefusal,
  hourCorrectionRefusal,
  hourEditRefusal,
  hourReviewRefusal,
  portfolioChangeRefusal,
} from '@signoff/domain';
import { holdsRoleAt, type Actor } from '../auth/actor';
import { isAssessorOf, type EnrolmentFacts } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';

/**
 * Whoever sees an enrolment reads its hours (the enrolments policy decides that: 404 to anyone
 * else). Its learner logs and changes them while the portfolio is open; its assessor now
 * confirms or queries them while its evidence is assessed; an admin of its centre sets targets.
 * Anyone else who sees the enrolment is refused (403).
 */
@Injectable()
export class HoursPolicy {
  isLearner(actor: Actor, enrolment: EnrolmentFacts): boolean {
    return (
      enrolment.learner.id === actor.userId && holdsRoleAt(actor, 'learner', enrolment.centreId)
    );
  }

  mayLog(actor: Actor, enrolment: EnrolmentFacts): boolean {
    return this.isLearner(actor, enrolment) && portfolioChangeRefusal(enrolment.status) === null;
  }

  maySetTargets(actor: Actor, enrolment: EnrolmentFacts): boolean {
    return holdsRoleAt(actor, 'admin', enrolment.centreId);
  }

  entryCapabilities(
    actor: Actor,
    enrolment: EnrolmentFacts,
    entry: { status: HourEntryStatus; correctedBy: string | null },
  ): HourEntry['can'] {
    const logs = this.mayLog(actor, enrolment);
    return {
      edit: logs && entry.correctedBy === null && hourEditRefusal(entry.status) === null,
      correct: logs && hourCorrectionRefusal(entry.status, entry.correctedBy) === null,
      review:
        isAssessorOf(actor, enrolment) &&
        decisionRefusal(enrolment.status) === null &&
        hourReviewRefusal(entry.status, entry.correctedBy) === null,
    };
  }

  requireLearner(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!this.isLearner(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner logs and changes their hours');
  }

  requireAssessor(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!isAssessorOf(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only the learner’s assessor confirms or queries hours');
  }

  requireAdmin(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!this.maySetTargets(actor, enrolment))
      throw new DomainError('FORBIDDEN', 'Only an admin of the centre sets targets for hours');
  }
}
