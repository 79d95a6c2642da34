import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BUILT_IN_HOUR_CATEGORIES,
  type EnrolmentHours,
  type FieldError,
  type HourCategory,
  type HourEntry,
  type HourEntryContent,
} from '@signoff/contracts';
import {
  decisionRefusal,
  hourCorrectionRefusal,
  calendarDayAt,
  hourDateProblem,
  hourEditRefusal,
  hourEntryStatus,
  hourReviewRefusal,
  hourTarget,
  hourTargetRefusal,
  hourTotals,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../database/typed-query';
import { EnrolmentsService, type StoredEnrolment } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { QualificationsService } from '../qualifications/qualifications.service';
import type { HourEntryDto, ReviewHoursDto, SetHourTargetDto } from './dto/hours.dto';
import { HoursPolicy } from './hours.policy';
import { HoursRepository, type StoredHourEntry } from './hours.repository';

/** A centre's categories: the two every centre has, then its own. */
export function categoriesOf(own: readonly { key: string; title: string }[]): HourCategory[] {
  return [
    ...Object.entries(BUILT_IN_HOUR_CATEGORIES).map(([key, title]) => ({
      key,
      title,
      builtIn: true,
    })),
    ...own.map(({ key, title }) => ({ key, title, builtIn: false })),
  ];
}

/**
 * Hours the learner logs against an enrolment: load the enrolment as the asker sees it (404
 * otherwise), decide with the rules of libs/domain, then write the entry, review or target with
 * its audit event in one transaction, inside which the entry stays locked and the enrolment's
 * status stays put. Every write answers the hours as the asker now reads them.
 */
@Injectable()
export class HoursService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hours: HoursRepository,
    private readonly policy: HoursPolicy,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, enrolmentId: string): Promise<EnrolmentHours> {
    return this.view(actor, await this.enrolments.visible(actor, enrolmentId));
  }

  async log(actor: Actor, enrolmentId: string, request: HourEntryDto): Promise<EnrolmentHours> {
    return this.asLearner(actor, enrolmentId, request, async (manager, enrolment) => {
      const id = await this.insertEntry(manager, actor, enrolment, request, null);
      await this.record(manager, actor, enrolment, 'hours.logged', id, null, request);
    });
  }

  async change(
    actor: Actor,
    enrolmentId: string,
    entryId: string,
    request: HourEntryDto,
  ): Promise<EnrolmentHours> {
    return this.asLearner(actor, enrolmentId, request, async (manager, enrolment) => {
      const entry = await this.requireEntry(manager, actor, enrolment, entryId);
      const refused =
        entry.correctedBy !== null
          ? 'This entry has been replaced by a correction; change the correction instead.'
          : hourEditRefusal(statusOf(entry));
      if (refused !== null) throw new DomainError('CONFLICT', refused);
      await this.hours.updateEntry(manager, entry.id, request);
      await this.record(manager, actor, enrolment, 'hours.changed', entry.id, contentOf(entry), {
        ...request,
        revision: entry.revision + 1,
      });
    });
  }

  async correct(
    actor: Actor,
    enrolmentId: string,
    entryId: string,
    request: HourEntryDto,
  ): Promise<EnrolmentHours> {
    return this.asLearner(actor, enrolmentId, request, async (manager, enrolment) => {
      const entry = await this.requireEntry(manager, actor, enrolment, entryId);
      const refused = hourCorrectionRefusal(statusOf(entry), entry.correctedBy);
      if (refused !== null) throw new DomainError('CONFLICT', refused);
      const id = await this.insertEntry(manager, actor, enrolment, request, entry.id);
      await this.record(manager, actor, enrolment, 'hours.corrected', id, contentOf(entry), {
        ...request,
        corrects: entry.id,
      });
    });
  }

  async review(
    actor: Actor,
    enrolmentId: string,
    entryId: string,
    request: ReviewHoursDto,
  ): Promise<EnrolmentHours> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireAssessor(actor, enrolment);
    const comment = request.comment || null;
    if (request.decision === 'query' && comment === null)
      throw DomainError.invalid([
        { path: 'comment', message: 'must say what the learner should look at, to query hours' },
      ]);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requireStatusAllowing(manager, enrolment.id, decisionRefusal);
      const entry = await this.requireEntry(manager, actor, enrolment, entryId);
      const status = statusOf(entry);
      const refused = hourReviewRefusal(status, entry.correctedBy);
      if (refused !== null) throw new DomainError('CONFLICT', refused);
      await this.hours.insertReview(manager, {
        entryId: entry.id,
        revision: entry.revision,
        assessorId: actor.userId,
        decision: request.decision,
        comment,
      });
      await this.record(
        manager,
        actor,
        enrolment,
        request.decision === 'confirm' ? 'hours.confirmed' : 'hours.queried',
        entry.id,
        { status, revision: entry.revision },
        { status: request.decision === 'confirm' ? 'confirmed' : 'queried', comment },
      );
    });
    return this.view(actor, enrolment);
  }

  async setTarget(
    actor: Actor,
    enrolmentId: string,
    request: SetHourTargetDto,
  ): Promise<EnrolmentHours> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireAdmin(actor, enrolment);
    const categories = categoriesOf(
      await this.hours.findCentreCategories(this.db, enrolment.centreId),
    );
    if (!categories.some(({ key }) => key === request.category))
      throw DomainError.invalid([{ path: 'category', message: unknownCategory(categories) }]);
    const refused = hourTargetRefusal(request.category, await this.catalogueHours(enrolment));
    if (refused !== null) throw new DomainError('CONFLICT', refused);
    await this.db.transaction(async (manager) => {
      await this.hours.setTarget(manager, {
        enrolmentId: enrolment.id,
        category: request.category,
        minutes: request.hours === null ? null : request.hours * 60,
        setBy: actor.userId,
      });
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: enrolment.centreId,
        action: 'hours.target_set',
        subjectType: 'enrolment',
        subjectId: enrolment.id,
        before: null,
        after: { category: request.category, hours: request.hours },
      });
    });
    return this.view(actor, enrolment);
  }

  /** 400 naming each field the rules of libs/contracts cannot check alone. */
  /**
   * The learner writes their own hours: the entry is checked first, then `write` runs in one
   * transaction while the portfolio is open; answers the hours as the learner now reads them.
   */
  private async asLearner(
    actor: Actor,
    enrolmentId: string,
    request: HourEntryDto,
    write: (manager: EntityManager, enrolment: StoredEnrolment) => Promise<void>,
  ): Promise<EnrolmentHours> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.policy.requireLearner(actor, enrolment);
    await this.requireSound(this.db, enrolment, request);
    await this.db.transaction(async (manager) => {
      await this.enrolments.requirePortfolioOpen(manager, enrolment.id);
      await write(manager, enrolment);
    });
    return this.view(actor, enrolment);
  }

  /** A new entry of the learner's; `corrects` names the entry it replaces, if any. */
  private insertEntry(
    manager: EntityManager,
    actor: Actor,
    enrolment: StoredEnrolment,
    request: HourEntryDto,
    corrects: string | null,
  ): Promise<string> {
    return this.hours.insertEntry(manager, {
      ...request,
      enrolmentId: enrolment.id,
      learnerId: actor.userId,
      corrects,
    });
  }

  private async requireSound(
    db: Queryable,
    enrolment: StoredEnrolment,
    request: HourEntryContent,
  ): Promise<void> {
    const problems: FieldError[] = [];
    const future = hourDateProblem(request.date, calendarDayAt(new Date()));
    if (future !== null) problems.push({ path: 'date', message: future });
    const categories = categoriesOf(await this.hours.findCentreCategories(db, enrolment.centreId));
    if (!categories.some(({ key }) => key === request.category))
      problems.push({ path: 'category', message: unknownCategory(categories) });
    if (
      request.evidenceItemId !== null &&
      !(await this.hours.isEvidenceOf(db, enrolment.id, request.evidenceItemId))
    )
      problems.push({ path: 'evidenceItemId', message: 'must be evidence of this enrolment' });
    if (problems.length > 0) throw DomainError.invalid(problems);
  }

  private async requireEntry(
    manager: EntityManager,
    actor: Actor,
    enrolment: StoredEnrolment,
    entryId: string,
  ): Promise<StoredHourEntry> {
    const entry = isRecordId(entryId)
      ? await this.hours.findEntryForWrite(manager, enrolment.id, entryId, actor.userId)
      : null;
    if (entry === null) throw DomainError.notFound('Hours entry');
    return entry;
  }

  private async catalogueHours(enrolment: StoredEnrolment) {
    const version = await this.qualifications.versionById(enrolment.qualificationVersionId);
    return version?.document.targetHours ?? null;
  }

  private async view(actor: Actor, enrolment: StoredEnrolment): Promise<EnrolmentHours> {
    const [own, stored, centreTargets, catalogue] = await Promise.all([
      this.hours.findCentreCategories(this.db, enrolment.centreId),
      this.hours.findEntries(enrolment.id, actor.userId),
      this.hours.findTargets(enrolment.id),
      this.catalogueHours(enrolment),
    ]);
    const categories = categoriesOf(own);
    const titles = new Map(categories.map(({ key, title }) => [key, title]));
    const entries: HourEntry[] = stored.map((entry) => {
      const status = statusOf(entry);
      return {
        id: entry.id,
        date: entry.date,
        minutes: entry.minutes,
        activity: entry.activity,
        category: entry.category,
        categoryTitle: titles.get(entry.category) ?? entry.category,
        evidenceItemId: entry.evidenceItemId,
        evidence:
          entry.evidenceItemId !== null && entry.evidenceTitle !== null
            ? { id: entry.evidenceItemId, title: entry.evidenceTitle }
            : null,
        status,
        revision: entry.revision,
        corrects: entry.corrects,
        correctedBy: entry.correctedBy,
        loggedAt: entry.loggedAt.toISOString(),
        changedAt: entry.changedAt.toISOString(),
        reviews: entry.reviews,
        can: this.policy.entryCapabilities(actor, enrolment, {
          status,
          correctedBy: entry.correctedBy,
        }),
      };
    });
    const ground = { catalogue, enrolment: enrolment.targetHours, centre: centreTargets };
    return {
      enrolmentId: enrolment.id,
      learner: { id: enrolment.learner.id, displayName: enrolment.learner.displayName },
      categories,
      totals: hourTotals(categories, entries, (category) => hourTarget(category, ground)),
      entries,
      can: {
        log: this.policy.mayLog(actor, enrolment),
        setTargets: this.policy.maySetTargets(actor, enrolment),
      },
    };
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    enrolment: StoredEnrolment,
    action: string,
    entryId: string,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId: enrolment.centreId,
      action,
      subjectType: 'hour_entry',
      subjectId: entryId,
      before,
      after,
    });
  }
}

function statusOf(entry: StoredHourEntry) {
  return hourEntryStatus(entry.revision, entry.reviews);
}

function contentOf(entry: StoredHourEntry): HourEntryContent & { revision: number } {
  return {
    date: entry.date,
    minutes: entry.minutes,
    activity: entry.activity,
    category: entry.category,
    evidenceItemId: entry.evidenceItemId,
    revision: entry.revision,
  };
}

function unknownCategory(categories: HourCategory[]): string {
  return `must be one of the centre’s categories: ${categories.map(({ key }) => key).join(', ')}`;
}
