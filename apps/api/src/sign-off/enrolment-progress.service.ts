import { Injectable } from '@nestjs/common';
import type { EnrolmentProgress } from '@signoff/contracts';
import { computeProgress } from '@signoff/domain';
import type { Actor } from '../auth/actor';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import {
  QualificationsService,
  type StoredVersion,
} from '../qualifications/qualifications.service';
import { SignOffRepository } from './sign-off.repository';

/**
 * An enrolment's progress, which units its signatures achieve. It belongs beside the signatures
 * rather than in the enrolments capability, which signing already depends on: the enrolment is
 * read through EnrolmentsService like every signing route reads it.
 */
@Injectable()
export class EnrolmentProgressService {
  constructor(
    private readonly signOffs: SignOffRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
  ) {}

  /** Every unit's progress from the enrolment's sign-off ground, read once for all its units. */
  async progress(actor: Actor, id: string): Promise<EnrolmentProgress> {
    const enrolment = await this.enrolments.visible(actor, id);
    const version = (await this.qualifications.versionById(
      enrolment.qualificationVersionId,
    )) as StoredVersion;
    const ground = await this.signOffs.loadGround(enrolment.id);
    return computeProgress(version.document, enrolment, ground);
  }
}
