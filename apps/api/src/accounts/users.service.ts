import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Page,
  CreateUserRequest,
  CreateUserResponse,
  PasswordLink,
  RoleGrant,
  UserListQuery,
  UserSummary,
} from '@signoff/contracts';
import { grantProblems, planRoleChange } from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { PasswordLinksService } from '../auth/password-links.service';
import { SessionsService } from '../auth/sessions.service';
import type { PageRequest } from '../database/query-page';
import { DomainError } from '../errors/domain-error';
import { UsersPolicy } from './users.policy';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly policy: UsersPolicy,
    private readonly passwordLinks: PasswordLinksService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: UserListQuery & PageRequest): Promise<Page<UserSummary>> {
    return this.users.findVisible(this.policy.administeredCentres(actor), query, query);
  }

  /** Account ids by (lower-case) email, of those that belong to this centre. */
  idsByEmailAt(centreId: string, emails: string[]): Promise<Map<string, string>> {
    return this.users.findIdsByEmailAt(centreId, emails);
  }

  get(actor: Actor, userId: string): Promise<UserSummary> {
    return this.policy.requireManageable(actor, userId);
  }

  /** A new person gets no password: the admin is given a one-time link to pass on. */
  async create(actor: Actor, request: CreateUserRequest): Promise<CreateUserResponse> {
    return this.db.transaction((manager) => this.createWithin(manager, actor, request));
  }

  /**
   * Creates a person inside the caller's transaction; the learners capability adds a profile.
   * People work for several centres (a freelance assessor), so an email whose account belongs
   * only to other centres is not "taken": that account joins the admin's centre with the roles
   * asked for, and keeps its own password (no link). Only an account already belonging to one of
   * the admin's centres is reported as taken, so the answer says nothing about other centres'.
   */
  async createWithin(
    manager: EntityManager,
    actor: Actor,
    request: CreateUserRequest,
  ): Promise<CreateUserResponse> {
    const centres = this.policy.administeredCentres(actor);
    const problems = grantProblems(request.roles, centres, 'roles');
    if (problems.length > 0) throw DomainError.invalid(problems);
    const existing = await this.users.findAccountByEmail(manager, request.email, centres);
    if (existing?.belongsToCentres) {
      throw new DomainError(
        'EMAIL_TAKEN',
        'Someone at your centre already has an account with this email: change their roles in the list of users',
        [{ path: 'email', message: 'is already in use at your centre' }],
      );
    }
    if (existing) {
      await this.users.addGrants(manager, existing.id, request.roles);
      const user = (await this.users.findSummary(centres, existing.id, manager)) as UserSummary;
      await this.record(manager, actor, 'user.joined_centre', existing.id, null, user);
      return {
        user,
        passwordLink: null,
        notice: `${request.email} already has a Signoff account, used at another centre, so that account (${user.displayName}) has been added to your centre with the roles you chose. They sign in with the password they already have, so there is no link to send.`,
      };
    }
    const userId = await this.users.insertUser(manager, request.email, request.displayName);
    await this.users.addGrants(manager, userId, request.roles);
    const passwordLink = await this.passwordLinks.issue(manager, userId, actor.userId);
    const user = (await this.users.findSummary(centres, userId, manager)) as UserSummary;
    await this.record(manager, actor, 'user.created', userId, null, user);
    return { user, passwordLink, notice: null };
  }

  async replaceRoles(actor: Actor, userId: string, requested: RoleGrant[]): Promise<UserSummary> {
    const centres = this.policy.administeredCentres(actor);
    return this.db.transaction(async (manager) => {
      const before = await this.policy.requireManageable(actor, userId, manager);
      const plan = planRoleChange({
        actorId: actor.userId,
        subjectId: userId,
        administeredCentres: centres,
        current: await this.users.findGrants(manager, userId),
        requested,
      });
      if (!plan.ok) throw DomainError.invalid(plan.problems);
      await this.users.removeGrants(manager, userId, plan.change.remove);
      await this.users.addGrants(manager, userId, plan.change.add);
      const after = (await this.users.findSummary(centres, userId, manager)) as UserSummary;
      await this.record(manager, actor, 'user.roles_replaced', userId, before.roles, after.roles);
      return after;
    });
  }

  /**
   * Disabling suspends the person at the admin's centres only: their roles there stop counting on
   * their next request, and those at other centres keep working. Suspended everywhere they
   * belong, they are signed out and cannot sign in. Their records stay.
   */
  async setDisabled(actor: Actor, userId: string, disabled: boolean): Promise<UserSummary> {
    this.policy.requireNotSelf(actor, userId, disabled ? 'disable' : 'enable');
    const centres = this.policy.administeredCentres(actor);
    return this.db.transaction(async (manager) => {
      const before = await this.policy.requireManageable(actor, userId, manager);
      if (before.disabled === disabled) return before;
      if (disabled) {
        await this.users.suspend(manager, userId, centres, actor.userId);
        await this.sessions.endAllIfSuspendedEverywhere(manager, userId);
      } else {
        await this.users.restore(manager, userId, centres);
      }
      const after = (await this.users.findSummary(centres, userId, manager)) as UserSummary;
      const action = disabled ? 'user.disabled' : 'user.enabled';
      await this.record(
        manager,
        actor,
        action,
        userId,
        { disabled: before.disabled },
        { disabled, centreIds: centres },
      );
      return after;
    });
  }

  async issuePasswordLink(actor: Actor, userId: string): Promise<PasswordLink> {
    return this.db.transaction(async (manager) => {
      const user = await this.policy.requireManageable(actor, userId, manager);
      await this.policy.requireAdministersAllCentresOf(actor, user, manager);
      const link = await this.passwordLinks.issue(manager, userId, actor.userId);
      await this.record(manager, actor, 'user.password_link_issued', userId, null, {
        expiresAt: link.expiresAt,
      });
      return link;
    });
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    userId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      action,
      subjectType: 'user',
      subjectId: userId,
      before,
      after,
    });
  }
}
