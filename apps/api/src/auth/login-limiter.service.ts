import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  judgeLoginAttempt,
  loginSubjects,
  fixedWindowStart,
  waitInWords,
  type LoginSubjects,
} from '@signoff/domain';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { int, text } from '../database/row-readers';
import { execute, queryRows } from '../database/typed-query';
import { DomainError } from '../errors/domain-error';

/** An attempt counted against its subjects in one window, until it is forgiven. */
export interface LoginAttempt {
  subjects: LoginSubjects;
  windowStart: Date;
}

/**
 * Counts login attempts in Postgres (through the application's one pool) per email at an address
 * and per address.
 * Each attempt is counted before its password is checked, and forgiven if it succeeds.
 */
@Injectable()
export class LoginLimiterService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * Counts the attempt, or refuses it with 429 and counts nothing. The counting upsert locks
   * both rows until the decision commits, so attempts sent at once are judged one after another.
   */
  async reserve(email: string, address: string, now = new Date()): Promise<LoginAttempt> {
    const attempt: LoginAttempt = {
      subjects: loginSubjects(email, address),
      windowStart: fixedWindowStart(now, this.config.loginLimit.windowSeconds),
    };
    await this.db.transaction(async (manager) => {
      const rows = await queryRows(
        manager,
        `INSERT INTO login_failures (subject, window_start, failures) VALUES ($1, $3, 1), ($2, $3, 1)
         ON CONFLICT (subject, window_start) DO UPDATE SET failures = login_failures.failures + 1
         RETURNING subject, failures`,
        [attempt.subjects.emailAtAddress, attempt.subjects.address, attempt.windowStart],
        (raw) => ({ subject: text(raw, 'subject'), failures: int(raw, 'failures') }),
      );
      const count = (subject: string) => rows.find((row) => row.subject === subject)?.failures ?? 0;
      const decision = judgeLoginAttempt(
        {
          emailAtAddress: count(attempt.subjects.emailAtAddress),
          address: count(attempt.subjects.address),
        },
        this.config.loginLimit,
        now,
      );
      // Thrown inside the transaction, so the refused attempt is not counted.
      if (!decision.allowed) {
        throw new DomainError(
          'RATE_LIMITED',
          `Too many failed sign-in attempts. Wait ${waitInWords(decision.retryAfterSeconds)}, then try again, or ask your centre administrator for a password link.`,
          undefined,
          { retryAfterSeconds: decision.retryAfterSeconds },
        );
      }
    });
    return attempt;
  }

  /**
   * A successful login forgives the email's failures at its address and gives back its own
   * count there, so people signing in behind one address never use up its ceiling.
   */
  async forgive(attempt: LoginAttempt): Promise<void> {
    // Two statements, in the order `reserve` locks the rows, so the two never deadlock.
    await execute(this.db, `DELETE FROM login_failures WHERE subject = $1 AND window_start = $2`, [
      attempt.subjects.emailAtAddress,
      attempt.windowStart,
    ]);
    await execute(
      this.db,
      `UPDATE login_failures SET failures = failures - 1
        WHERE subject = $1 AND window_start = $2 AND failures > 0`,
      [attempt.subjects.address, attempt.windowStart],
    );
  }

  async purgeOldWindows(now = new Date()): Promise<void> {
    const before = fixedWindowStart(now, this.config.loginLimit.windowSeconds);
    await execute(this.db, `DELETE FROM login_failures WHERE window_start < $1`, [before]);
  }
}
