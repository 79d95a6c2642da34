import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EnrolmentDetail,
  EnrolmentListQuery,
  EnrolmentStatus,
  EnrolmentSummary,
  EntryCheck,
  FieldError,
  LearnerFacts,
  Page,
} from '@signoff/contracts';
import {
  checkEntryRequirements,
  checkUnitChoice,
  defaultPlan,
  learnerFacts,
  mayChangeStatus,
  pathwayProblems,
  plannedEndDateProblems,
  portfolioChangeRefusal,
  staffingProblems,
  unmetEntryRequirements,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { holdsRoleAt, type Actor } from '../auth/actor';
import type { PageRequest } from '../database/query-page';
import { DomainError } from '../errors/domain-error';
import { LearnersService } from '../learners/learners.service';
import {
  QualificationsService,
  type StoredVersion,
} from '../qualifications/qualifications.service';
import { ReadModelsService } from '../read-models/read-models.service';
import type { ChangeEnrolmentStatusDto } from './dto/change-enrolment-status.dto';
import type { CreateEnrolmentDto, EntryCheckRequestDto } from './dto/enrolment.dto';
import type { PlanUnitsDto } from './dto/plan-units.dto';
import type { ReassignEnrolmentDto } from './dto/reassign-enrolment.dto';
import { EnrolmentsPolicy, isAssessorOf, isLearnerOf } from './enrolments.policy';
import {
  EnrolmentsRepository,
  type EnrolmentFacts,
  type NewEnrolment,
  type StoredEnrolment,
} from './enrolments.repository';

/** A stored enrolment, and what records kept on one read of it, as other capabilities see them. */
export type { EnrolmentFacts, StoredEnrolment };
/** Who assesses an enrolment now, as every capability's policy asks it. */
export { isAssessorOf };

/** What an enrolment asks for, whoever asks: an admin's form or a row of a bulk import. */
export type EnrolmentRequest = Omit<CreateEnrolmentDto, 'learnerId'>;

export type EnrolmentPlan = Omit<NewEnrolment, 'learnerId'> & {
  assessorId: string;
  iqaId: string;
  qualificationVersion: number;
};

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsRepository,
    private readonly policy: EnrolmentsPolicy,
    private readonly learners: LearnersService,
    private readonly qualifications: QualificationsService,
    private readonly audit: AuditService,
    private readonly readModels: ReadModelsService,
  ) {}

  async list(
    actor: Actor,
    query: EnrolmentListQuery & PageRequest,
  ): Promise<Page<EnrolmentSummary>> {
    const listed = await this.enrolments.findVisible(this.policy.reach(actor), query, query);
    const awaiting = await this.readModels.awaitingAssessment(listed.items.map(({ id }) => id));
    return {
      ...listed,
      items: listed.items.map((enrolment) => ({
        ...enrolment,
        awaitingAssessment: awaiting.get(enrolment.id) ?? 0,
      })),
    };
  }

  /** An enrolment the actor may see (404 otherwise), for capabilities that hang off enrolments. */
  visible(actor: Actor, id: string): Promise<StoredEnrolment> {
    return this.policy.requireVisible(actor, id);
  }

  /** The enrolment's own learner, holding the learner role at its centre now. */
  isLearnerOf(actor: Actor, enrolment: EnrolmentFacts): boolean {
    return isLearnerOf(actor, enrolment);
  }

  /** The enrolment's current assessor, holding the assessor role at its centre now. */
  isAssessorOf(actor: Actor, enrolment: EnrolmentFacts): boolean {
    return isAssessorOf(actor, enrolment);
  }

  /**
   * 409 unless the enrolment's portfolio takes changes now: called inside every write to it,
   * and the status read stays put until that write commits.
   */
  requirePortfolioOpen(manager: EntityManager, enrolmentId: string): Promise<void> {
    return this.requireStatusAllowing(manager, enrolmentId, portfolioChangeRefusal);
  }

  /**
   * 409 with the rule's words unless the enrolment's status allows the write (`refusal` is a rule
   * of the domain such as `decisionRefusal`); the status read stays put until the write commits.
   */
  async requireStatusAllowing(
    manager: EntityManager,
    enrolmentId: string,
    refusal: (status: EnrolmentStatus) => string | null,
  ): Promise<void> {
    const status = await this.enrolments.findStatusForWrite(manager, enrolmentId);
    const refused = status === null ? null : refusal(status);
    if (refused !== null) throw new DomainError('CONFLICT', refused);
  }

  async get(actor: Actor, id: string): Promise<EnrolmentDetail> {
    return this.detailFor(actor, await this.policy.requireVisible(actor, id));
  }

  /** The check shown before confirming an enrolment. */
  async previewEntryCheck(actor: Actor, request: EntryCheckRequestDto): Promise<EntryCheck> {
    const learner = await this.learners.profileToEnrol(actor, request.learnerId);
    const version = await this.publishedVersion(request.qualificationId);
    return checkEntryRequirements(version.document, learnerFacts(learner), request.startDate);
  }

  async create(actor: Actor, request: CreateEnrolmentDto): Promise<EnrolmentDetail> {
    const learner = await this.learners.profileToEnrol(actor, request.learnerId);
    const { problems, unmet, plan } = await this.plan(
      { id: learner.id, centreId: learner.centreId, facts: learnerFacts(learner) },
      request,
    );
    if (problems.length > 0) throw DomainError.invalid(problems);
    if (unmet.length > 0) {
      throw new DomainError(
        'ENTRY_REQUIREMENTS_NOT_MET',
        'An entry requirement is not met: an admin may override it with a written reason',
        unmet,
      );
    }
    return this.db.transaction(async (manager) =>
      this.detailFor(
        actor,
        await this.createWithin(manager, actor, learner.id, plan as EnrolmentPlan),
        manager,
      ),
    );
  }

  /**
   * Checks an enrolment before anything is stored: `problems` are refusals; `unmet` are entry
   * requirements that block it unless overridden with a reason. Learners not yet stored (a bulk
   * import) have no id.
   */
  async plan(
    learner: { id: string | null; centreId: string; facts: LearnerFacts },
    request: EnrolmentRequest,
  ): Promise<{ problems: FieldError[]; unmet: FieldError[]; plan: EnrolmentPlan | null }> {
    const version = await this.qualifications.newestPublished(request.qualificationId);
    if (version === null) {
      return {
        problems: [{ path: 'qualificationId', message: 'is not a published qualification' }],
        unmet: [],
        plan: null,
      };
    }
    const doc = version.document;
    const plannedUnits = request.plannedUnits ?? defaultPlan(doc);
    const problems: FieldError[] = [
      ...pathwayProblems(doc, request.pathway),
      ...plannedEndDateProblems(request),
      ...(await this.staffProblems(learner.centreId, {
        learnerId: learner.id ?? '',
        assessorId: request.assessorId,
        iqaId: request.iqaId,
      })),
      ...checkUnitChoice(doc, { pathway: request.pathway, planned: plannedUnits, achieved: [] })
        .problems,
    ];
    const entryCheck = checkEntryRequirements(doc, learner.facts, request.startDate);
    const unmet = unmetEntryRequirements(entryCheck, request.overrideReason);
    const plan: EnrolmentPlan = {
      centreId: learner.centreId,
      qualificationVersionId: version.id,
      qualificationVersion: version.number,
      pathway: request.pathway,
      startDate: request.startDate,
      plannedEndDate: request.plannedEndDate,
      registrationNumber: request.registrationNumber,
      targetHours: request.targetHours ?? doc.targetHours,
      plannedUnits,
      entryCheck,
      overrideReason: entryCheck.blocking ? request.overrideReason : null,
      assessorId: request.assessorId,
      iqaId: request.iqaId,
    };
    return { problems, unmet, plan };
  }

  /** Stores a checked plan inside the caller's transaction. */
  async createWithin(
    manager: EntityManager,
    actor: Actor,
    learnerId: string,
    plan: EnrolmentPlan,
  ): Promise<StoredEnrolment> {
    const { assessorId, iqaId, qualificationVersion, ...enrolment } = plan;
    const id = await this.enrolments.insert(manager, { ...enrolment, learnerId }, actor.userId);
    await this.enrolments.assign(manager, id, 'assessor', assessorId, actor.userId);
    await this.enrolments.assign(manager, id, 'iqa', iqaId, actor.userId);
    const created = (await this.enrolments.findDetail(id, manager)) as StoredEnrolment;
    await this.record(
      actor,
      created,
      'enrolment.created',
      null,
      { qualificationVersion, entryOutcome: plan.entryCheck.outcome },
      manager,
    );
    if (plan.overrideReason !== null) {
      await this.record(
        actor,
        created,
        'enrolment.entry_requirements_overridden',
        plan.entryCheck,
        { reason: plan.overrideReason },
        manager,
      );
    }
    return created;
  }

  /** Moves the enrolment to another status the rules allow, kept dated with its note. */
  async changeStatus(
    actor: Actor,
    id: string,
    request: ChangeEnrolmentStatusDto,
  ): Promise<EnrolmentDetail> {
    const enrolment = await this.policy.requireVisible(actor, id);
    this.policy.requireAdmin(actor, enrolment, 'change the status');
    return this.db.transaction(async (manager) => {
      await this.enrolments.lock(manager, id);
      // Decided on the status under the lock, so two changes at once cannot both pass.
      const from = (await this.enrolments.findStatusForWrite(manager, id)) as EnrolmentStatus;
      if (request.status !== from) {
        if (!mayChangeStatus(from, request.status))
          throw new DomainError(
            'STATUS_CHANGE_REFUSED',
            `An enrolment cannot go from ${from} to ${request.status}`,
            [{ path: 'status', message: `cannot follow ${from}` }],
          );
        const note = request.note ?? null;
        await this.enrolments.recordStatus(manager, id, request.status, actor.userId, note);
        await this.record(
          actor,
          enrolment,
          'enrolment.status_changed',
          { status: from },
          { status: request.status, note },
          manager,
        );
      }
      return this.detailWithin(manager, actor, id);
    });
  }

  /** Hands the enrolment to another assessor or IQA (or both); who held it when is kept. */
  async reassign(
    actor: Actor,
    id: string,
    request: ReassignEnrolmentDto,
  ): Promise<EnrolmentDetail> {
    const enrolment = await this.policy.requireVisible(actor, id);
    this.policy.requireAdmin(actor, enrolment, 'reassign an enrolment');
    const problems = await this.staffProblems(enrolment.centreId, {
      learnerId: enrolment.learner.id,
      assessorId: request.assessorId,
      iqaId: request.iqaId,
    });
    if (problems.length > 0) throw DomainError.invalid(problems);
    return this.db.transaction(async (manager) => {
      await this.enrolments.lock(manager, id);
      const current = (await this.enrolments.findDetail(id, manager)) as StoredEnrolment;
      for (const role of ['assessor', 'iqa'] as const) {
        const next = role === 'assessor' ? request.assessorId : request.iqaId;
        if (next === current[role].id) continue;
        await this.enrolments.assign(manager, id, role, next, actor.userId);
        await this.record(
          actor,
          current,
          `enrolment.${role}_reassigned`,
          { userId: current[role].id },
          { userId: next },
          manager,
        );
      }
      return this.detailWithin(manager, actor, id);
    });
  }

  /** The units the learner means to take; an admin may plan them for the learner. */
  async planUnits(actor: Actor, id: string, request: PlanUnitsDto): Promise<EnrolmentDetail> {
    const enrolment = await this.policy.requireVisible(actor, id);
    this.policy.requirePlanner(actor, enrolment);
    const version = (await this.qualifications.versionById(
      enrolment.qualificationVersionId,
    )) as StoredVersion;
    // Nothing is achieved until sign-off exists; then achieved units stay in the plan.
    const { problems } = checkUnitChoice(version.document, {
      pathway: enrolment.pathway,
      planned: request.plannedUnits,
      achieved: [],
    });
    if (problems.length > 0) throw DomainError.invalid(problems);
    return this.db.transaction(async (manager) => {
      await this.enrolments.lock(manager, id);
      // The plan is part of the learner's portfolio; an admin may still change it.
      if (!holdsRoleAt(actor, 'admin', enrolment.centreId))
        await this.requirePortfolioOpen(manager, id);
      const current = (await this.enrolments.findDetail(id, manager)) as StoredEnrolment;
      await this.enrolments.setPlannedUnits(manager, id, request.plannedUnits);
      await this.record(
        actor,
        current,
        'enrolment.units_planned',
        current.plannedUnits,
        request.plannedUnits,
        manager,
      );
      return this.detailWithin(manager, actor, id);
    });
  }

  async entryCheck(
    actor: Actor,
    id: string,
  ): Promise<{ recorded: EntryCheck; current: EntryCheck; overrideReason: string | null }> {
    const enrolment = await this.policy.requireVisible(actor, id);
    const version = (await this.qualifications.versionById(
      enrolment.qualificationVersionId,
    )) as StoredVersion;
    const learner = await this.learners.get(actor, enrolment.learner.id);
    return {
      recorded: enrolment.entryCheck,
      current: checkEntryRequirements(version.document, learnerFacts(learner), enrolment.startDate),
      overrideReason: enrolment.entryOverrideReason,
    };
  }

  /** The enrolment as the actor reads it: with its evidence count and what they may do to it now. */
  private async detailFor(
    actor: Actor,
    enrolment: StoredEnrolment,
    manager: EntityManager = this.db.manager,
  ): Promise<EnrolmentDetail> {
    const { qualificationVersionId: _version, ...detail } = enrolment;
    const awaiting = await this.readModels.awaitingAssessment([enrolment.id], manager);
    return {
      ...detail,
      awaitingAssessment: awaiting.get(enrolment.id) ?? 0,
      can: this.policy.capabilities(actor, enrolment),
    };
  }

  /** The enrolment as a command left it, read inside the command's transaction. */
  private async detailWithin(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<EnrolmentDetail> {
    return this.detailFor(
      actor,
      (await this.enrolments.findDetail(id, manager)) as StoredEnrolment,
      manager,
    );
  }

  private async publishedVersion(qualificationId: string): Promise<StoredVersion> {
    const version = await this.qualifications.newestPublished(qualificationId);
    if (version === null)
      throw DomainError.invalid([
        { path: 'qualificationId', message: 'is not a published qualification' },
      ]);
    return version;
  }

  /** Conflicts, and whether each person holds the role at the enrolment's centre. */
  private async staffProblems(
    centreId: string,
    people: { learnerId: string; assessorId: string; iqaId: string },
  ): Promise<FieldError[]> {
    const problems = staffingProblems(people);
    if (!(await this.enrolments.holdsRole(people.assessorId, centreId, 'assessor'))) {
      problems.push({ path: 'assessorId', message: 'is not an assessor at this centre' });
    }
    if (!(await this.enrolments.holdsRole(people.iqaId, centreId, 'iqa'))) {
      problems.push({ path: 'iqaId', message: 'is not an IQA at this centre' });
    }
    return problems;
  }

  private record(
    actor: Actor,
    enrolment: StoredEnrolment,
    action: string,
    before: unknown,
    after: unknown,
    manager = this.db.manager,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId: enrolment.centreId,
      action,
      subjectType: 'enrolment',
      subjectId: enrolment.id,
      before,
      after,
    });
  }
}
