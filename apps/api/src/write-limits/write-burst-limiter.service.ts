import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fixedWindowStart, judgeWriteBurst, waitInWords, type WriteBurst } from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/app-config.provider';
import { int } from '../database/row-readers';
import { execute, queryRows } from '../database/typed-query';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';
import { JobsService } from '../jobs/jobs.service';

const WINDOW_SECONDS = 3600;

/** Pages anyone may open without an account, limited per client address. */
export type PublicPage = 'witness';

const WHAT: Record<WriteBurst, string> = {
  evidence: 'added a lot of evidence',
  upload: 'uploaded a lot of files',
};

/**
 * Caps how many writes of one kind one person makes per hour, counted in Postgres through the
 * application's one pool so that every process shares the count.
 */
@Injectable()
export class WriteBurstLimiterService implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Counts the write in the caller's transaction, or refuses it (429, Retry-After). A refusal
   * rolls that transaction back, so it is not counted; the counter row stays locked until the
   * transaction ends, so one person's writes sent at once are counted one after another.
   */
  async count(
    manager: EntityManager,
    burst: WriteBurst,
    userId: string,
    details: DomainErrorDetails = {},
    now = new Date(),
  ): Promise<void> {
    const [writes] = await queryRows(
      manager,
      `INSERT INTO write_burst_counts (subject, window_start, writes) VALUES ($1, $2, 1)
       ON CONFLICT (subject, window_start) DO UPDATE SET writes = write_burst_counts.writes + 1
       RETURNING writes`,
      [`${burst}:${userId}`, fixedWindowStart(now, WINDOW_SECONDS)],
      (raw) => int(raw, 'writes'),
    );
    const decision = judgeWriteBurst(
      writes,
      { perWindow: this.config.writeBurstLimit[burst], windowSeconds: WINDOW_SECONDS },
      now,
    );
    if (!decision.allowed) {
      throw new DomainError(
        'RATE_LIMITED',
        `You have ${WHAT[burst]} in the last hour. Please wait ${waitInWords(decision.retryAfterSeconds)}, then try again.`,
        undefined,
        { ...details, retryAfterSeconds: decision.retryAfterSeconds },
      );
    }
  }

  /**
   * Counts a request to a public page (the witness's page, which anyone holding a link opens,
   * with no account) from one client address, in the same table, in a transaction of its own;
   * or refuses it (429, Retry-After). Its windows divide the hour, so the hourly purge takes
   * them too. Counting every request, not only failed ones, limits guessing links as well as
   * hammering one.
   */
  async countPublicVisit(page: PublicPage, address: string, now = new Date()): Promise<void> {
    const limit = { perWindow: this.config.publicPageLimit[page], windowSeconds: 900 };
    const [visits] = await queryRows(
      this.db,
      `INSERT INTO write_burst_counts (subject, window_start, writes) VALUES ($1, $2, 1)
       ON CONFLICT (subject, window_start) DO UPDATE SET writes = write_burst_counts.writes + 1
       RETURNING writes`,
      [`${page}-page:${address}`, fixedWindowStart(now, limit.windowSeconds)],
      (raw) => int(raw, 'writes'),
    );
    const decision = judgeWriteBurst(visits, limit, now);
    if (!decision.allowed) {
      throw new DomainError(
        'RATE_LIMITED',
        `This page has been asked for too often from your network. Please wait ${waitInWords(decision.retryAfterSeconds)}, then try again.`,
        undefined,
        { retryAfterSeconds: decision.retryAfterSeconds },
      );
    }
  }

  /** Spent windows go hourly, in one process. */
  onModuleInit(): void {
    this.jobs.register({
      name: 'write-limits.purge-spent',
      schedule: '0 * * * *',
      handle: () => this.purgeOldWindows(),
    });
  }

  private async purgeOldWindows(now = new Date()): Promise<void> {
    await execute(this.db, `DELETE FROM write_burst_counts WHERE window_start < $1`, [
      fixedWindowStart(now, WINDOW_SECONDS),
    ]);
  }
}
