import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssessmentDecision, AssessmentDecisionKind } from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  evidenceClaim,
  int,
  nullableText,
  object,
  objectList,
  oneOf,
  personRef,
  text,
  timestamp,
} from '../database/row-readers';
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

  /** The assessor's decisions on every version of an evidence item, newest first. */
  async decisionsOn(itemId: string): Promise<AssessmentDecision[]> {
    return queryRows(
      this.db.manager,
      `SELECT d.id, v.number AS version, d.decision, d.feedback, d.mapping, d.decided_at AS "decidedAt",
              json_build_object('id', u.id, 'displayName', u.display_name) AS assessor
         FROM assessment_decisions d
         JOIN evidence_versions v ON v.id = d.version_id
         JOIN users u ON u.id = d.assessor_id
        WHERE v.item_id = $1
        ORDER BY d.decided_at DESC, d.id DESC`,
      [itemId],
      (raw) => ({
        id: text(raw, 'id'),
        version: int(raw, 'version'),
        decision: DECISION_OF[oneOf(raw, 'decision', STORED_DECISIONS)],
        feedback: nullableText(raw, 'feedback'),
        mapping: objectList(raw, 'mapping', evidenceClaim),
        assessor: object(raw, 'assessor', personRef),
        decidedAt: timestamp(raw, 'decidedAt').toISOString(),
      }),
    );
  }
}

/** How assessment_decisions stores each decision, and the contract's word for it. */
const STORED_DECISIONS = ['accept', 'refer', 'withdraw_acceptance'] as const;
const DECISION_OF: Record<(typeof STORED_DECISIONS)[number], AssessmentDecisionKind> = {
  accept: 'accept',
  refer: 'refer',
  withdraw_acceptance: 'withdrawAcceptance',
};
