import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_PROGRESS_SETTINGS, type ProgressSettings } from '@signoff/contracts';
import { progressSettingsProblems } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { centresWhere, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { ProgressSettingsRepository } from './progress-settings.repository';

const STAFF = ['admin', 'assessor', 'iqa', 'eqa'] as const;

/**
 * A centre's RAG margins and review interval: read by its staff, changed by its admins. To
 * anyone else the centre does not exist (404). Progress reads them through `settingsOf`.
 */
@Injectable()
export class ProgressSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ProgressSettingsRepository,
    private readonly audit: AuditService,
  ) {}

  async read(actor: Actor, centreId: string): Promise<ProgressSettings> {
    if (!STAFF.some((role) => centresWhere(actor, role).includes(centreId)))
      throw DomainError.notFound('Centre');
    return this.settingsOf(centreId);
  }

  /** The centre's settings, or the defaults for a centre that is not there. */
  async settingsOf(centreId: string): Promise<ProgressSettings> {
    return (await this.settings.findOf(centreId)) ?? DEFAULT_PROGRESS_SETTINGS;
  }

  async change(
    actor: Actor,
    centreId: string,
    request: ProgressSettings,
  ): Promise<ProgressSettings> {
    if (!centresWhere(actor, 'admin').includes(centreId)) throw DomainError.notFound('Centre');
    const change: ProgressSettings = {
      amberMargin: request.amberMargin,
      redMargin: request.redMargin,
      reviewIntervalWeeks: request.reviewIntervalWeeks,
    };
    const problems = progressSettingsProblems(change);
    if (problems.length > 0) throw DomainError.invalid(problems);
    await this.db.transaction(async (manager) => {
      const before = await this.settings.findForUpdate(manager, centreId);
      if (before === null) throw DomainError.notFound('Centre');
      await this.settings.update(manager, centreId, change);
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId,
        action: 'centre.progress_settings_changed',
        subjectType: 'centre',
        subjectId: centreId,
        before,
        after: change,
      });
    });
    return change;
  }
}
