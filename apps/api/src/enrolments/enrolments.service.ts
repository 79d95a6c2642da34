import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EnrolmentDetail,
  EnrolmentProgress,
  EnrolmentSummary,
  EntryCheck,
  FieldError,
  LearnerFacts,
  LearnerProfile,
  QualificationDocument,
} from '@signoff/contracts';
import {
  checkEntryRequirements,
  checkUnitChoice,
  computeProgress,
  mayChangeStatus,
  portfolioChangeRefusal,
  staffingProblems,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { holdsRoleAt, type Actor } from '../auth/actor';
import { ApiError } from '../http/api-error';
import { LearnersService } from '../learners/learners.service';
import {
  QualificationsService,
  type StoredVersion,
} from '../qualifications/qualifications.service';
import type {
  CreateEnrolmentDto,
  EntryCheckRequestDto,
  UpdateEnrolmentDto,
} from './dto/enrolment.dto';
import { EnrolmentsPolicy, isLearnerOf } from './enrolments.policy';
import {
  EnrolmentsRepository,
  type NewEnrolment,
  type StoredEnrolment,
} from './enrolments.repository';

/** A stored enrolment, as this service hands it to other capabilities. */
export type { StoredEnrolment };

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
  ) {}

  list(actor: Actor): Promise<EnrolmentSummary[]> {
    return this.enrolments.findVisible(this.policy.visibility(actor));
  }

  /** An enrolment the actor may see (404 otherwise), for capabilities that hang off enrolments. */
  visible(actor: Actor, id: string): Promise<StoredEnrolment> {
    return this.policy.requireVisible(actor, id);
  }

  /** The enrolment's own learner, holding the learner role at its centre now. */
  isLearnerOf(actor: Actor, enrolment: StoredEnrolment): boolean {
    return isLearnerOf(actor, enrolment);
  }

  /**
   * 409 unless the enrolment's portfolio takes changes now: called inside every write to it,
   * and the status read stays put until that write commits.
   */
  async requirePortfolioOpen(manager: EntityManager, enrolmentId: string): Promise<void> {
    const status = await this.enrolments.findStatusForWrite(manager, enrolmentId);
    const refusal = status === null ? null : portfolioChangeRefusal(status);
    if (refusal !== null) throw new ApiError('CONFLICT', refusal);
  }

  async get(actor: Actor, id: string): Promise<EnrolmentDetail> {
    return publicDetail(await this.policy.requireVisible(actor, id));
  }

  /** The check shown before confirming an enrolment. */
  async previewEntryCheck(actor: Actor, request: EntryCheckRequestDto): Promise<EntryCheck> {
    const learner = await this.learners.profileToEnrol(actor, request.learnerId);
    const version = await this.publishedVersion(request.qualificationId);
    return checkEntryRequirements(version.document, facts(learner), request.startDate);
  }

  async create(actor: Actor, request: CreateEnrolmentDto): Promise<EnrolmentDetail> {
    const learner = await this.learners.profileToEnrol(actor, request.learnerId);
    const { problems, unmet, plan } = await this.plan(
      { id: learner.id, centreId: learner.centreId, facts: facts(learner) },
      request,
    );
    if (problems.length > 0) throw ApiError.invalid(problems);
    if (unmet.length > 0) {
      throw new ApiError(
        'ENTRY_REQUIREMENTS_NOT_MET',
        'An entry requirement is not met: an admin may override it with a written reason',
        unmet,
      );
    }
    return this.db.transaction(async (manager) =>
      publicDetail(await this.createWithin(manager, actor, learner.id, plan as EnrolmentPlan)),
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
      ...(request.plannedEndDate > request.startDate
        ? []
        : [{ path: 'plannedEndDate', message: 'must be after the start date' }]),
      ...(await this.staffProblems(learner.centreId, {
        learnerId: learner.id ?? '',
        assessorId: request.assessorId,
        iqaId: request.iqaId,
      })),
      ...checkUnitChoice(doc, { pathway: request.pathway, planned: plannedUnits, achieved: [] })
        .problems,
    ];
    const entryCheck = checkEntryRequirements(doc, learner.facts, request.startDate);
    const unmet =
      entryCheck.blocking && request.overrideReason === null
        ? entryCheck.results
            .map((result, index) => ({ result, index }))
            .filter(({ result }) => result.outcome === 'not_met' && !result.advisory)
            .map(({ result, index }) => ({
              path: `entryCheck.results.${index}`,
              message: `${result.description}: ${result.reason}`,
            }))
        : [];
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

  async update(actor: Actor, id: string, request: UpdateEnrolmentDto): Promise<EnrolmentDetail> {
    const before = await this.policy.requireVisible(actor, id);
    const reassigning = request.assessorId !== undefined || request.iqaId !== undefined;
    if (request.status !== undefined) this.policy.requireAdmin(actor, before, 'change the status');
    if (reassigning) this.policy.requireAdmin(actor, before, 'reassign an enrolment');
    if (request.plannedUnits !== undefined) this.policy.requirePlanner(actor, before);

    if (
      request.status !== undefined &&
      request.status !== before.status &&
      !mayChangeStatus(before.status, request.status)
    ) {
      throw new ApiError(
        'STATUS_CHANGE_REFUSED',
        `An enrolment cannot go from ${before.status} to ${request.status}`,
        [{ path: 'status', message: `cannot follow ${before.status}` }],
      );
    }
    const problems: FieldError[] = [];
    const assessorId = request.assessorId ?? before.assessor.id;
    const iqaId = request.iqaId ?? before.iqa.id;
    if (reassigning)
      problems.push(
        ...(await this.staffProblems(before.centreId, {
          learnerId: before.learner.id,
          assessorId,
          iqaId,
        })),
      );
    if (request.plannedUnits !== undefined) {
      const version = await this.qualifications.versionById(before.qualificationVersionId);
      const doc = (version as StoredVersion).document;
      // Nothing is achieved until sign-off exists; then achieved units stay in the plan.
      problems.push(
        ...checkUnitChoice(doc, {
          pathway: before.pathway,
          planned: request.plannedUnits,
          achieved: [],
        }).problems,
      );
    }
    if (problems.length > 0) throw ApiError.invalid(problems);

    return this.db.transaction(async (manager) => {
      await this.enrolments.lock(manager, id);
      // The learner's plan is part of their portfolio; an admin may still change it and the status.
      if (request.plannedUnits !== undefined && !holdsRoleAt(actor, 'admin', before.centreId))
        await this.requirePortfolioOpen(manager, id);
      if (request.status !== undefined && request.status !== before.status) {
        await this.enrolments.recordStatus(
          manager,
          id,
          request.status,
          actor.userId,
          request.statusNote ?? null,
        );
        await this.record(
          actor,
          before,
          'enrolment.status_changed',
          { status: before.status },
          { status: request.status, note: request.statusNote ?? null },
          manager,
        );
      }
      for (const role of ['assessor', 'iqa'] as const) {
        const next = role === 'assessor' ? assessorId : iqaId;
        if (next === before[role].id) continue;
        await this.enrolments.assign(manager, id, role, next, actor.userId);
        await this.record(
          actor,
          before,
          `enrolment.${role}_reassigned`,
          { userId: before[role].id },
          { userId: next },
          manager,
        );
      }
      if (request.plannedUnits !== undefined) {
        await this.enrolments.setPlannedUnits(manager, id, request.plannedUnits);
        await this.record(
          actor,
          before,
          'enrolment.units_planned',
          before.plannedUnits,
          request.plannedUnits,
          manager,
        );
      }
      return publicDetail((await this.enrolments.findDetail(id, manager)) as StoredEnrolment);
    });
  }

  async progress(actor: Actor, id: string): Promise<EnrolmentProgress> {
    const enrolment = await this.policy.requireVisible(actor, id);
    const version = (await this.qualifications.versionById(
      enrolment.qualificationVersionId,
    )) as StoredVersion;
    // Sign-off arrives with the assessment capability; until then nothing is achieved.
    return computeProgress(version.document, enrolment, [], []);
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
      current: checkEntryRequirements(version.document, facts(learner), enrolment.startDate),
      overrideReason: enrolment.entryOverrideReason,
    };
  }

  private async publishedVersion(qualificationId: string): Promise<StoredVersion> {
    const version = await this.qualifications.newestPublished(qualificationId);
    if (version === null)
      throw ApiError.invalid([
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

function facts(learner: LearnerProfile) {
  return {
    dateOfBirth: learner.dateOfBirth,
    priorQualifications: learner.priorQualifications,
    englishEvidence: learner.englishEvidence,
    experienceYears: learner.experienceYears,
  };
}

function pathwayProblems(doc: QualificationDocument, pathway: string | null): FieldError[] {
  if (doc.pathways.length === 0)
    return pathway === null
      ? []
      : [{ path: 'pathway', message: 'must be null: this qualification has no pathways' }];
  if (pathway === null)
    return [{ path: 'pathway', message: 'is required: choose one of the pathways' }];
  return doc.pathways.some((candidate) => candidate.code === pathway)
    ? []
    : [{ path: 'pathway', message: `${pathway} is not one of the pathways` }];
}

/** Until the learner plans otherwise: the mandatory and required units. */
function defaultPlan(doc: QualificationDocument): string[] {
  const units = [
    ...doc.rules.groups
      .filter((group) => group.kind === 'mandatory')
      .flatMap((group) => group.units),
    ...doc.rules.requiredUnits,
  ];
  return [...new Set(units)];
}

function publicDetail(enrolment: StoredEnrolment): EnrolmentDetail {
  const { qualificationVersionId: _version, ...detail } = enrolment;
  return detail;
}
