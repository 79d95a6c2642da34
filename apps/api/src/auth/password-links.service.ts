import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PasswordLink } from '@signoff/contracts';
import { passwordProblems } from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { DomainError } from '../errors/domain-error';
import { text, timestamp } from '../database/row-readers';
import { changedRows, execute, queryFirst, queryRows } from '../database/typed-query';
import { ACTIVE_SOMEWHERE } from './auth.repository';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { hashSecretToken, newSecretToken } from './secret-token';

/**
 * One-time links with which a person sets their password, for new accounts and resets alike.
 * No mail server is needed: the admin is shown the link and passes it on. The token travels in
 * the URL's fragment, which browsers never send, so it stays out of server and proxy logs.
 */
@Injectable()
export class PasswordLinksService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Issues a link and voids any earlier unused one for the same person. */
  async issue(manager: EntityManager, userId: string, issuedBy: string): Promise<PasswordLink> {
    const secret = newSecretToken();
    await execute(
      manager,
      `UPDATE password_link_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    const [expiresAt] = await queryRows(
      manager,
      `INSERT INTO password_link_tokens (token_hash, user_id, issued_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at AS "expiresAt"`,
      [secret.hash, userId, issuedBy, this.config.passwordLinkHours],
      (raw) => timestamp(raw, 'expiresAt'),
    );
    return {
      url: `${this.config.publicOrigin}/set-password#token=${secret.token}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /**
   * The holder of `token` sets `password`. `hash`, when given, is `password`'s hash made already
   * (the demo seed's, which its accounts share) and is taken as it is.
   */
  async complete(token: string, password: string, requestId: string, hash?: string): Promise<void> {
    const tokenHash = hashSecretToken(token);
    const holder = await queryFirst(
      this.db,
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName"
         FROM password_link_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND ${ACTIVE_SOMEWHERE}`,
      [tokenHash],
      (raw) => ({
        userId: text(raw, 'userId'),
        email: text(raw, 'email'),
        displayName: text(raw, 'displayName'),
      }),
    );
    if (!holder)
      throw new DomainError('RESET_LINK_INVALID', 'This link has expired or has already been used');
    const problems = passwordProblems(password, holder);
    if (problems.length > 0)
      throw DomainError.invalid(problems.map((message) => ({ path: 'password', message })));

    const passwordHash = hash ?? (await this.hasher.hash(password));
    await this.db.transaction(async (manager) => {
      // Claim the token inside the transaction so two concurrent uses cannot both succeed.
      const claimed = await changedRows(
        manager,
        `UPDATE password_link_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING 1`,
        [tokenHash],
        () => true,
      );
      if (claimed.length === 0)
        throw new DomainError('RESET_LINK_INVALID', 'This link has already been used');
      await setPassword(manager, holder.userId, passwordHash);
      await this.sessions.endAllOf(manager, holder.userId);
      await this.audit.record(manager, {
        actorId: holder.userId,
        requestId,
        action: 'user.password_set_by_link',
        subjectType: 'user',
        subjectId: holder.userId,
      });
    });
  }
}

export async function setPassword(
  manager: EntityManager,
  userId: string,
  hash: string,
): Promise<void> {
  await execute(
    manager,
    `UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`,
    [userId, hash],
  );
}
