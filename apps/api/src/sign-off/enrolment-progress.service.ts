import { Injectable } from '@nestjs/common';
import type { EnrolmentProgress } from '@signoff/contracts';
import { calendarDayAt, computeProgress, ragStatus, timeElapsed } from '@signoff/domain';
import type { Actor } from '../auth/actor';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { ProgressSettingsService } from '../progress-settings/progress-settings.service';
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
    private readonly progressSettings: ProgressSettingsService,
  ) {}

  /**
   * Every unit's progress from the enrolment's sign-off ground, read once for all its units;
   * time elapsed from its status history (today on the UK calendar) and the RAG status
   * with its centre's margins.
   */
  async progress(actor: Actor, id: string): Promise<EnrolmentProgress> {
    const enrolment = await this.enrolments.visible(actor, id);
    const version = (await this.qualifications.versionById(
      enrolment.qualificationVersionId,
    )) as StoredVersion;
    const ground = await this.signOffs.loadGround(enrolment.id);
    const margins = await this.progressSettings.settingsOf(enrolment.centreId);
    const units = computeProgress(version.document, enrolment, ground);
    const time = timeElapsed(enrolment, calendarDayAt(new Date()));
    const { rag, reason } = ragStatus(enrolment, units, time, margins);
    return { ...units, time, rag, ragReason: reason };
  }
}
