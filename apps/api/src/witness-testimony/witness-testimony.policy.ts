import { Injectable } from '@nestjs/common';
import type { Role } from '@signoff/contracts';
import { holdsRoleAt, type Actor } from '../auth/actor';
import {
  EnrolmentsService,
  isAssessorOf,
  type EnrolmentFacts,
} from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import type { StoredWitnessRequest } from './witness-testimony.repository';

const REGISTER_READERS: readonly Role[] = ['admin', 'assessor', 'iqa', 'eqa'];
const REGISTER_KEEPERS: readonly Role[] = ['admin', 'assessor'];

/**
 * A centre's register of witnesses is read by its staff (admins, assessors, IQAs, EQAs) and
 * kept by its admins and assessors; to anyone else the centre's register does not exist (404).
 * A request to a witness hangs from its enrolment: whoever sees the enrolment sees its requests;
 * its learner or its assessor asks; the one who asked, the enrolment's assessor or an admin of
 * its centre revokes.
 */
@Injectable()
export class WitnessTestimonyPolicy {
  constructor(private readonly enrolments: EnrolmentsService) {}

  requireRegisterReader(actor: Actor, centreId: string): void {
    if (!this.holdsAny(actor, REGISTER_READERS, centreId)) throw DomainError.notFound('Centre');
  }

  requireRegisterKeeper(actor: Actor, centreId: string): void {
    this.requireRegisterReader(actor, centreId);
    if (!this.holdsAny(actor, REGISTER_KEEPERS, centreId))
      throw new DomainError(
        'FORBIDDEN',
        'Only the centre’s admins and assessors add witnesses to its register or change them',
      );
  }

  requireAsker(actor: Actor, enrolment: EnrolmentFacts): void {
    if (!this.enrolments.isLearnerOf(actor, enrolment) && !isAssessorOf(actor, enrolment))
      throw new DomainError(
        'FORBIDDEN',
        'Only the learner or their assessor asks a witness for a statement',
      );
  }

  /** Whoever asked (while still its learner or assessor), its assessor, an admin of its centre. */
  mayRevoke(actor: Actor, enrolment: EnrolmentFacts, request: StoredWitnessRequest): boolean {
    const asker =
      request.requestedBy.id === actor.userId &&
      (this.enrolments.isLearnerOf(actor, enrolment) || isAssessorOf(actor, enrolment));
    return (
      asker || isAssessorOf(actor, enrolment) || holdsRoleAt(actor, 'admin', enrolment.centreId)
    );
  }

  requireRevoker(actor: Actor, enrolment: EnrolmentFacts, request: StoredWitnessRequest): void {
    if (!this.mayRevoke(actor, enrolment, request))
      throw new DomainError(
        'FORBIDDEN',
        'Only whoever asked, the learner’s assessor or an admin of the centre withdraws a request',
      );
  }

  /** A malformed id names no record: 404 without asking the database. */
  requireRecordId(id: string, what: string): void {
    if (!isRecordId(id)) throw DomainError.notFound(what);
  }

  private holdsAny(actor: Actor, roles: readonly Role[], centreId: string): boolean {
    return roles.some((role) => holdsRoleAt(actor, role, centreId));
  }
}
