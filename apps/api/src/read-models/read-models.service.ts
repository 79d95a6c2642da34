import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { int, text } from '../database/row-readers';
import { queryRows } from '../database/typed-query';

/**
 * Reads that join several capabilities' tables, one named query each, so no capability's
 * repository reaches into another's tables to answer them. They read; they never write.
 */
@Injectable()
export class ReadModelsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Evidence awaiting assessment on each enrolment: its submitted versions. A submitted version
   * is always its item's newest but for a draft, since only a referred one is revised. An
   * enrolment with none is absent from the map.
   */
  async awaitingAssessment(
    enrolmentIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, number>> {
    const rows = await queryRows(
      manager,
      `SELECT ei.enrolment_id AS "enrolmentId", count(*)::int AS count
         FROM evidence_versions ev JOIN evidence_items ei ON ei.id = ev.item_id
        WHERE ev.status = 'submitted' AND ei.enrolment_id = ANY($1::uuid[])
        GROUP BY ei.enrolment_id`,
      [enrolmentIds],
      (raw) => ({ enrolmentId: text(raw, 'enrolmentId'), count: int(raw, 'count') }),
    );
    return new Map(rows.map((row) => [row.enrolmentId, row.count]));
  }
}
