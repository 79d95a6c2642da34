import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { judgeLoginAttempt, loginSubjects, loginWindowStart } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { ApiError } from '../http/api-error';

/** Counts failed logins in Postgres (through the application's one pool) per email and address. */
@Injectable()
export class LoginLimiterService {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async assertMayTry(email: string, address: string, now = new Date()): Promise<void> {
    const subjects = loginSubjects(email, address);
    const windowStart = loginWindowStart(now, this.config.loginLimit.windowSeconds);
    const rows: { subject: string; failures: number }[] = await this.db.query(
      `SELECT subject, failures FROM login_failures WHERE window_start = $1 AND subject IN ($2, $3)`,
      [windowStart, subjects.email, subjects.address],
    );
    const count = (subject: string) => rows.find((row) => row.subject === subject)?.failures ?? 0;
    const decision = judgeLoginAttempt(
      { email: count(subjects.email), address: count(subjects.address) },
      this.config.loginLimit,
      now,
    );
    if (!decision.allowed) {
      throw new ApiError(
        'RATE_LIMITED',
        'Too many failed sign-in attempts; try again later',
        undefined,
        {
          'Retry-After': String(decision.retryAfterSeconds),
        },
      );
    }
  }

  async recordFailure(email: string, address: string, now = new Date()): Promise<void> {
    const subjects = loginSubjects(email, address);
    const windowStart = loginWindowStart(now, this.config.loginLimit.windowSeconds);
    await this.db.query(
      `INSERT INTO login_failures (subject, window_start, failures) VALUES ($1, $3, 1), ($2, $3, 1)
       ON CONFLICT (subject, window_start) DO UPDATE SET failures = login_failures.failures + 1`,
      [subjects.email, subjects.address, windowStart],
    );
  }

  /** A successful login forgives the email's failures, not the address's. */
  async forgive(email: string, now = new Date()): Promise<void> {
    const windowStart = loginWindowStart(now, this.config.loginLimit.windowSeconds);
    await this.db.query(`DELETE FROM login_failures WHERE subject = $1 AND window_start = $2`, [
      loginSubjects(email, '').email,
      windowStart,
    ]);
  }

  async purgeOldWindows(now = new Date()): Promise<void> {
    const before = loginWindowStart(now, this.config.loginLimit.windowSeconds);
    await this.db.query(`DELETE FROM login_failures WHERE window_start < $1`, [before]);
  }
}
