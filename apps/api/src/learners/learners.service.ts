import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateLearnerResponse,
  LearnerDetail,
  LearnerListQuery,
  LearnerProfile,
  LearnerSummary,
  Page,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { UsersService } from '../accounts/users.service';
import { AuditService } from '../audit/audit.service';
import { centresWhere, type Actor } from '../auth/actor';
import type { PageRequest } from '../database/query-page';
import { DomainError } from '../errors/domain-error';
import type {
  CreateLearnerDto,
  ProposeCorrectionDto,
  UpdateLearnerDto,
} from './dto/learner-profile.dto';
import { LearnersPolicy } from './learners.policy';
import { LearnersRepository } from './learners.repository';

@Injectable()
export class LearnersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly learners: LearnersRepository,
    private readonly policy: LearnersPolicy,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: LearnerListQuery & PageRequest): Promise<Page<LearnerSummary>> {
    return this.learners.findSummaries(centresWhere(actor, 'admin'), query, query);
  }

  async get(actor: Actor, learnerId: string): Promise<LearnerDetail> {
    const profile = await this.policy.requireReadable(actor, learnerId);
    return { ...profile, can: this.policy.capabilities(actor, profile) };
  }

  /** The learner's record, for an admin of its centre about to enrol them (404 otherwise). */
  profileToEnrol(actor: Actor, learnerId: string): Promise<LearnerProfile> {
    return this.policy.requireManageable(actor, learnerId);
  }

  /** A learner is an account with the learner role at the centre, and a profile. */
  async create(actor: Actor, request: CreateLearnerDto): Promise<CreateLearnerResponse> {
    return this.db.transaction((manager) => this.createWithin(manager, actor, request));
  }

  async createWithin(
    manager: EntityManager,
    actor: Actor,
    request: CreateLearnerDto,
  ): Promise<CreateLearnerResponse> {
    if (!centresWhere(actor, 'admin').includes(request.centreId)) {
      throw DomainError.invalid([{ path: 'centreId', message: 'is not a centre you administer' }]);
    }
    await this.requireUlnFree(manager, request.uln, null);
    const { user, passwordLink, notice } = await this.users.createWithin(manager, actor, {
      email: request.email,
      displayName: request.displayName,
      roles: [{ centreId: request.centreId, role: 'learner' }],
    });
    // An existing account joined the centre; a person has one learner record, kept by one centre.
    if (passwordLink === null && (await this.learners.findProfile(user.id, manager)) !== null)
      throw learnerElsewhere();
    await this.learners.insertProfile(manager, user.id, request.centreId, request);
    const learner = (await this.learners.findProfile(user.id, manager)) as LearnerProfile;
    await this.record(manager, actor, 'learner.created', learner, null, learner);
    return { learner, passwordLink, notice };
  }

  /** Of these (lower-case) emails, those whose account already has a learner record. */
  emailsWithRecords(emails: string[]): Promise<Set<string>> {
    return this.learners.findEmailsWithProfile(emails);
  }

  async update(
    actor: Actor,
    learnerId: string,
    request: UpdateLearnerDto,
  ): Promise<LearnerProfile> {
    const before = await this.policy.requireManageable(actor, learnerId);
    return this.db.transaction(async (manager) => {
      await this.requireUlnFree(manager, request.uln, learnerId);
      await this.learners.updateProfile(manager, learnerId, request);
      const after = (await this.learners.findProfile(learnerId, manager)) as LearnerProfile;
      await this.record(manager, actor, 'learner.updated', after, before, after);
      return after;
    });
  }

  async proposeCorrection(
    actor: Actor,
    learnerId: string,
    request: ProposeCorrectionDto,
  ): Promise<LearnerProfile> {
    const profile = await this.policy.requireReadable(actor, learnerId);
    this.policy.requireSelf(actor, profile);
    return this.db.transaction(async (manager) => {
      const id = await this.learners.insertCorrection(
        manager,
        learnerId,
        request.field,
        request.proposed,
      );
      await this.record(manager, actor, 'learner.correction_proposed', profile, null, {
        id,
        ...request,
      });
      return (await this.learners.findProfile(learnerId, manager)) as LearnerProfile;
    });
  }

  async resolveCorrection(
    actor: Actor,
    learnerId: string,
    correctionId: string,
    status: 'resolved' | 'declined',
  ): Promise<LearnerProfile> {
    const profile = await this.policy.requireManageable(actor, learnerId);
    return this.db.transaction(async (manager) => {
      if (
        !(await this.learners.resolveCorrection(
          manager,
          learnerId,
          correctionId,
          status,
          actor.userId,
        ))
      ) {
        throw DomainError.notFound('Open correction');
      }
      await this.record(
        manager,
        actor,
        `learner.correction_${status}`,
        profile,
        { id: correctionId, status: 'open' },
        { id: correctionId, status },
      );
      return (await this.learners.findProfile(learnerId, manager)) as LearnerProfile;
    });
  }

  /** ULNs already held, of those given. */
  async ulnsTaken(ulns: string[]): Promise<Set<string>> {
    const held = await Promise.all(
      ulns.map(async (uln) =>
        (await this.learners.ulnHolder(this.db.manager, uln)) === null ? null : uln,
      ),
    );
    return new Set(held.filter((uln): uln is string => uln !== null));
  }

  private async requireUlnFree(
    manager: EntityManager,
    uln: string | null,
    learnerId: string | null,
  ): Promise<void> {
    if (uln === null) return;
    const holder = await this.learners.ulnHolder(manager, uln);
    if (holder !== null && holder !== learnerId) {
      throw new DomainError('CONFLICT', 'Another learner has this unique learner number', [
        { path: 'uln', message: 'belongs to another learner' },
      ]);
    }
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    learner: LearnerProfile,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId: learner.centreId,
      action,
      subjectType: 'learner',
      subjectId: learner.id,
      before,
      after,
    });
  }
}

export const LEARNER_ELSEWHERE = 'already has a learner record at another centre';

function learnerElsewhere(): DomainError {
  return new DomainError(
    'CONFLICT',
    'This person is already a learner at another centre, and a learner has one record, kept by that centre. Ask that centre about moving their record, or check the email address.',
    [{ path: 'email', message: LEARNER_ELSEWHERE }],
  );
}
