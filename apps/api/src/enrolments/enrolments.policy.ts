import { Injectable } from '@nestjs/common';
import { centresWhere, type Actor } from '../auth/actor';
import { ApiError } from '../http/api-error';
import { isRecordId } from '../http/record-id';
import { EnrolmentsRepository, type StoredEnrolment } from './enrolments.repository';

/**
 * An enrolment is seen by the admins and EQAs of its centre, its current assessor and IQA, and
 * its learner; to anyone else it does not exist (404). Admins change it; the learner and admins
 * plan its units.
 */
@Injectable()
export class EnrolmentsPolicy {
  constructor(private readonly enrolments: EnrolmentsRepository) {}

  /** Centres whose every enrolment the actor sees. */
  wideCentres(actor: Actor): string[] {
    return [...new Set([...centresWhere(actor, 'admin'), ...centresWhere(actor, 'eqa')])];
  }

  async requireVisible(actor: Actor, enrolmentId: string): Promise<StoredEnrolment> {
    const enrolment = isRecordId(enrolmentId)
      ? await this.enrolments.findDetail(enrolmentId)
      : null;
    const visible =
      enrolment !== null &&
      (this.wideCentres(actor).includes(enrolment.centreId) ||
        enrolment.learner.id === actor.userId ||
        enrolment.assessor.id === actor.userId ||
        enrolment.iqa.id === actor.userId);
    if (!visible) throw ApiError.notFound('Enrolment');
    return enrolment;
  }

  requireAdmin(actor: Actor, enrolment: StoredEnrolment, what: string): void {
    if (!centresWhere(actor, 'admin').includes(enrolment.centreId)) {
      throw new ApiError('FORBIDDEN', `Only an admin of the centre can ${what}`);
    }
  }

  requirePlanner(actor: Actor, enrolment: StoredEnrolment): void {
    if (enrolment.learner.id !== actor.userId)
      this.requireAdmin(actor, enrolment, 'plan units for someone else');
  }
}
