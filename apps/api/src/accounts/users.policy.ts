import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserSummary } from '@signoff/contracts';
import { AccessService } from '../access/access.service';
import { centresWhere, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { UsersRepository } from './users.repository';

/**
 * An admin manages the members of the centres they administer (roles and suspension there), and
 * no one else; the account itself (its password) only when it belongs to no other centre.
 */
@Injectable()
export class UsersPolicy {
  constructor(
    private readonly users: UsersRepository,
    private readonly access: AccessService,
  ) {}

  administeredCentres(actor: Actor): string[] {
    return centresWhere(actor, 'admin');
  }

  /** 404, not 403, for someone outside the admin's centres: existence never leaks. */
  async requireManageable(
    actor: Actor,
    userId: string,
    manager?: EntityManager,
  ): Promise<UserSummary> {
    const user = (await this.access.manageableUsers(actor, [userId], manager)).has(userId)
      ? await this.users.findSummary(this.administeredCentres(actor), userId, manager)
      : null;
    if (user === null) throw DomainError.notFound('User');
    return user;
  }

  /**
   * A password link hands its holder the whole account, so only an admin of every centre the
   * person belongs to may issue one; otherwise it would open their other centres' records too.
   */
  async requireAdministersAllCentresOf(
    actor: Actor,
    user: UserSummary,
    manager: EntityManager,
  ): Promise<void> {
    const administered = this.administeredCentres(actor);
    const elsewhere = (await this.users.findMemberCentres(manager, user.id)).some(
      (centreId) => !administered.includes(centreId),
    );
    if (elsewhere) {
      throw new DomainError(
        'FORBIDDEN',
        `${user.displayName} also belongs to a centre you do not administer, so only an admin of every centre they belong to can issue them a password link. They can still sign in with their password and change it themselves.`,
      );
    }
  }

  requireNotSelf(actor: Actor, userId: string, what: string): void {
    if (actor.userId === userId)
      throw new DomainError('CONFLICT', `You cannot ${what} your own account`);
  }
}
