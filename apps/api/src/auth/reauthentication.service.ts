import { Injectable } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import type { Actor } from './actor';
import { AuthRepository } from './auth.repository';
import { LoginLimiterService } from './login-limiter.service';
import { PasswordHasher } from './password-hasher';

/**
 * A signed-in person proving again that they are who the session says, by their password,
 * before something they answer for in their own name (a signature). Each attempt counts
 * towards the login limit exactly as a sign-in does, so a session cannot be used to guess the
 * password: a wrong one stays counted, a right one is forgiven, and past the limit it is 429.
 */
@Injectable()
export class ReauthenticationService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginLimiterService,
  ) {}

  /** Refuses (400 naming `password`, or 429) unless `password` is the actor's. */
  async confirm(actor: Actor, password: string, address: string): Promise<void> {
    const attempt = await this.limiter.reserve(actor.email, address);
    const hash = await this.repository.findPasswordHash(actor.userId);
    if (!(await this.hasher.verify(hash, password))) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'That password is not right. Type the password you sign in to Signoff with, then try again.',
        [{ path: 'password', message: 'is not the password you sign in with' }],
      );
    }
    await this.limiter.forgive(attempt);
  }
}
