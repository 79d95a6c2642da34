import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FailedJobSort, FailedJobsPage, SortQuery } from '@signoff/contracts';
import type { DataSource } from 'typeorm';
import { listOrder } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import { int, text, timestamp } from '../database/row-readers';
import { JOB_SCHEMA } from './install-job-queue';

/**
 * Failed jobs, kept by pg-boss in its job table and, after a while, its archive (until its
 * clean-up drops them, after a week); pg-boss's own internal queues left out.
 */
const FAILED = `
  SELECT id, name, created_on, completed_on, started_on, retry_count, output
    FROM ${JOB_SCHEMA}.job WHERE state = 'failed' AND name NOT LIKE '\\_\\_pgboss\\_\\_%'
  UNION ALL
  SELECT id, name, created_on, completed_on, started_on, retry_count, output
    FROM ${JOB_SCHEMA}.archive WHERE state = 'failed' AND name NOT LIKE '\\_\\_pgboss\\_\\_%'`;

const FAILED_JOB_ORDER: Record<FailedJobSort, string> = {
  name: 'name',
  failedAt: '"failedAt"',
  tries: 'tries',
};

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findFailed(order: SortQuery<FailedJobSort>, page: PageRequest): Promise<FailedJobsPage> {
    return queryPage(
      this.db,
      `SELECT id, name, created_on AS "queuedAt", completed_on AS "failedAt",
              CASE WHEN started_on IS NULL THEN 0 ELSE retry_count + 1 END AS tries,
              left(COALESCE(output->>'message', output->'value'->>'message', output->>'value', ''), 500)
                AS "lastError"
         FROM (${FAILED}) failed`,
      listOrder(FAILED_JOB_ORDER, '"failedAt" DESC, id DESC', order),
      [],
      page,
      (raw) => ({
        id: text(raw, 'id'),
        name: text(raw, 'name'),
        queuedAt: timestamp(raw, 'queuedAt').toISOString(),
        failedAt: timestamp(raw, 'failedAt').toISOString(),
        tries: int(raw, 'tries'),
        lastError: text(raw, 'lastError'),
      }),
    );
  }
}
