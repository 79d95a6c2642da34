import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { AuthRepository, type SessionHolder } from './auth.repository';
import { hashSecretToken, newSecretToken } from './secret-token';

/** Sliding idle expiry is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/**
 * Server-side sessions in Postgres: logout, suspending a user and a password change take effect
 * at once, because every request looks its session (and the holder's current roles) up.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: AuthRepository,
  ) {}

  /** A fresh token every time: a session id is never carried over from before the login. */
  async start(manager: EntityManager, userId: string): Promise<{ token: string; hash: string }> {
    const secret = newSecretToken();
    await this.repository.insertSession(manager, secret.hash, userId, this.config.sessionIdleHours);
    return secret;
  }

  async resolve(token: string): Promise<(SessionHolder & { tokenHash: string }) | null> {
    const tokenHash = hashSecretToken(token);
    const holder = await this.repository.findSessionHolder(
      tokenHash,
      this.config.sessionAbsoluteHours,
    );
    if (holder === null) return null;
    if (Date.now() - new Date(holder.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
      await this.repository.extendSession(tokenHash, this.config.sessionIdleHours);
    }
    return { ...holder, tokenHash };
  }

  end(tokenHash: string): Promise<void> {
    return this.repository.deleteSession(tokenHash);
  }

  endAllOf(manager: EntityManager, userId: string): Promise<void> {
    return this.repository.deleteSessionsOf(manager, userId);
  }

  /** After a suspension: someone suspended at every centre they belong to is signed out. */
  endAllIfSuspendedEverywhere(manager: EntityManager, userId: string): Promise<void> {
    return this.repository.deleteSessionsIfSuspendedEverywhere(manager, userId);
  }

  cookieMaxAgeMs(): number {
    return this.config.sessionAbsoluteHours * 3600 * 1000;
  }

  purgeExpired(): Promise<void> {
    return this.repository.deleteExpiredSessions(this.config.sessionAbsoluteHours);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
