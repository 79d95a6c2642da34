import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserSummary } from '@signoff/contracts';
import { centresWhere, type Actor } from '../auth/actor';
import { ApiError } from '../http/api-error';
import { isRecordId } from '../http/record-id';
import { UsersRepository } from './users.repository';

/** An admin manages the people who hold a role at a centre they administer, and no one else. */
@Injectable()
export class UsersPolicy {
  constructor(private readonly users: UsersRepository) {}

  administeredCentres(actor: Actor): string[] {
    return centresWhere(actor, 'admin');
  }

  /** 404, not 403, for someone outside the admin's centres: existence never leaks. */
  async requireManageable(
    actor: Actor,
    userId: string,
    manager?: EntityManager,
  ): Promise<UserSummary> {
    const user = isRecordId(userId)
      ? await this.users.findVisibleById(this.administeredCentres(actor), userId, manager)
      : null;
    if (user === null) throw ApiError.notFound('User');
    return user;
  }

  requireNotSelf(actor: Actor, userId: string, what: string): void {
    if (actor.userId === userId)
      throw new ApiError('CONFLICT', `You cannot ${what} your own account`);
  }
}
