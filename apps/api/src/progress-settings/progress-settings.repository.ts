import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgressSettings } from '@signoff/contracts';
import type { DataSource } from 'typeorm';
import { int, type RawRow } from '../database/row-readers';
import { execute, queryFirst, type Queryable } from '../database/typed-query';

const SETTINGS = `rag_amber_margin AS "amberMargin", rag_red_margin AS "redMargin",
                  review_interval_weeks AS "reviewIntervalWeeks"`;

const settings = (raw: RawRow): ProgressSettings => ({
  amberMargin: int(raw, 'amberMargin'),
  redMargin: int(raw, 'redMargin'),
  reviewIntervalWeeks: int(raw, 'reviewIntervalWeeks'),
});

/** A centre's progress settings, kept on the centre itself (every centre has them). */
@Injectable()
export class ProgressSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findOf(centreId: string, manager: Queryable = this.db): Promise<ProgressSettings | null> {
    return queryFirst(
      manager,
      `SELECT ${SETTINGS} FROM centres WHERE id = $1`,
      [centreId],
      settings,
    );
  }

  /** Locks the centre's row, answering its settings before the change. */
  findForUpdate(manager: Queryable, centreId: string): Promise<ProgressSettings | null> {
    return queryFirst(
      manager,
      `SELECT ${SETTINGS} FROM centres WHERE id = $1 FOR UPDATE`,
      [centreId],
      settings,
    );
  }

  async update(manager: Queryable, centreId: string, change: ProgressSettings): Promise<void> {
    await execute(
      manager,
      `UPDATE centres SET rag_amber_margin = $2, rag_red_margin = $3, review_interval_weeks = $4
        WHERE id = $1`,
      [centreId, change.amberMargin, change.redMargin, change.reviewIntervalWeeks],
    );
  }
}
