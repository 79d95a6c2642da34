import { Injectable } from '@nestjs/common';
import type { MeResponse } from '@signoff/contracts';
import { passwordProblems } from '@signoff/domain';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../errors/domain-error';
import type { Actor } from './actor';
import { AuthRepository, type LoginCandidate } from './auth.repository';
import { meResponse } from './me-response';
import { PasswordHasher } from './password-hasher';
import { PasswordLinksService, setPassword } from './password-links.service';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly passwordLinks: PasswordLinksService,
    private readonly audit: AuditService,
  ) {}

  async signIn(
    user: LoginCandidate,
    requestId: string,
  ): Promise<{ token: string; me: MeResponse }> {
    const { token } = await this.sessions.transaction(async (manager) => {
      const secret = await this.sessions.start(manager, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        requestId,
        action: 'session.signed_in',
        subjectType: 'user',
        subjectId: user.id,
      });
      return secret;
    });
    const holder = await this.sessions.resolve(token);
    if (holder === null) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    return { token, me: meResponse({ ...holder, id: holder.userId }) };
  }

  async signOut(actor: Actor): Promise<void> {
    await this.sessions.end(actor.sessionTokenHash);
  }

  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<string> {
    const currentHash = await this.repository.findPasswordHash(actor.userId);
    if (!(await this.hasher.verify(currentHash, currentPassword))) {
      throw DomainError.invalid([
        { path: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    const problems = passwordProblems(newPassword, actor);
    if (problems.length > 0)
      throw DomainError.invalid(problems.map((message) => ({ path: 'newPassword', message })));
    const hash = await this.hasher.hash(newPassword);
    return this.sessions.transaction(async (manager) => {
      await setPassword(manager, actor.userId, hash);
      await this.sessions.endAllOf(manager, actor.userId);
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'user.password_changed',
        subjectType: 'user',
        subjectId: actor.userId,
      });
      return (await this.sessions.start(manager, actor.userId)).token;
    });
  }

  completePasswordLink(token: string, password: string, requestId: string): Promise<void> {
    return this.passwordLinks.complete(token, password, requestId);
  }

  cookieMaxAgeMs(): number {
    return this.sessions.cookieMaxAgeMs();
  }
}
