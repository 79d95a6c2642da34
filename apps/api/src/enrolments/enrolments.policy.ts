import { Injectable } from '@nestjs/common';
import type { EnrolmentCapabilities, EnrolmentSummary } from '@signoff/contracts';
import { portfolioChangeRefusal } from '@signoff/domain';
import { AccessService } from '../access/access.service';
import type { Reach } from '../access/reach';
import { holdsRoleAt, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { EnrolmentsRepository, type StoredEnrolment } from './enrolments.repository';

/**
 * An enrolment is seen by the admins and EQAs of its centre, its current assessor and IQA, and
 * its learner, each while they hold that role at its centre (an assignment outlives a removed
 * role; access does not); to anyone else it does not exist (404). Who sees it, the access module's
 * conditions decide (`enrolmentInReach`). Admins change it; the learner and admins plan its
 * units.
 */
@Injectable()
export class EnrolmentsPolicy {
  constructor(
    private readonly enrolments: EnrolmentsRepository,
    private readonly access: AccessService,
  ) {}

  /** For lists: the same rules, as a filter (`enrolmentInReach`). */
  reach(actor: Actor): Reach {
    return this.access.reach(actor);
  }

  /** One statement: whether they see it and, if so, the enrolment (404 otherwise, without SQL when malformed). */
  async requireVisible(actor: Actor, enrolmentId: string): Promise<StoredEnrolment> {
    const enrolment = isRecordId(enrolmentId)
      ? await this.enrolments.findVisibleDetail(this.access.reach(actor), enrolmentId)
      : null;
    if (enrolment === null) throw DomainError.notFound('Enrolment');
    return enrolment;
  }

  /** What the actor may do to an enrolment they see, as the commands below decide it. */
  capabilities(actor: Actor, enrolment: StoredEnrolment): EnrolmentCapabilities {
    const admin = holdsRoleAt(actor, 'admin', enrolment.centreId);
    const open = portfolioChangeRefusal(enrolment.status) === null;
    const learnerWhileOpen = isLearnerOf(actor, enrolment) && open;
    const assessorWhileOpen = isAssessorOf(actor, enrolment) && open;
    return {
      changeStatus: admin,
      reassign: admin,
      planUnits: admin || learnerWhileOpen,
      addEvidence: learnerWhileOpen,
      askWitness: learnerWhileOpen || assessorWhileOpen,
      recordAtWorkplace: assessorWhileOpen,
    };
  }

  requireAdmin(actor: Actor, enrolment: StoredEnrolment, what: string): void {
    if (!holdsRoleAt(actor, 'admin', enrolment.centreId)) {
      throw new DomainError('FORBIDDEN', `Only an admin of the centre can ${what}`);
    }
  }

  requirePlanner(actor: Actor, enrolment: StoredEnrolment): void {
    if (!isLearnerOf(actor, enrolment))
      this.requireAdmin(actor, enrolment, 'plan units for someone else');
  }
}

/** The enrolment's learner, while they hold the learner role at its centre. */
export function isLearnerOf(
  actor: Actor,
  enrolment: Pick<EnrolmentSummary, 'learner' | 'centreId'>,
): boolean {
  return enrolment.learner.id === actor.userId && holdsRoleAt(actor, 'learner', enrolment.centreId);
}

/** The enrolment's assessor now, holding the assessor role at its centre now. */
export function isAssessorOf(
  actor: Actor,
  enrolment: Pick<EnrolmentSummary, 'assessor' | 'centreId'>,
): boolean {
  return (
    enrolment.assessor.id === actor.userId && holdsRoleAt(actor, 'assessor', enrolment.centreId)
  );
}
