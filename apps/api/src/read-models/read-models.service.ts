import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHOD_KEYS,
  type AssessmentMethod,
  type AssessmentQueueQuery,
  type EvidenceClaim,
  type Page,
} from '@signoff/contracts';
import { ASSESSED_ENROLMENT_STATUSES } from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { queryPage, type PageRequest } from '../database/query-page';
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

/** A queue row as stored: the centre's own code for the method, if it has one. */
export interface QueuedVersion {
  evidenceId: string;
  enrolmentId: string;
  title: string;
  version: number;
  method: AssessmentMethod;
  centreMethodCode: string | null;
  learner: { id: string; displayName: string };
  claims: EvidenceClaim[];
  submittedAt: string;
}

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
      // Driven by the page's items, each probing the index of submitted versions (LATERAL …
      // LIMIT 1 keeps it a probe per item): as a join or EXISTS, the planner read the index of
      // every submitted version of the centre, a cost that grew with the centre, not the page.
      `SELECT ei.enrolment_id AS "enrolmentId", count(*)::int AS count
         FROM evidence_items ei
         CROSS JOIN LATERAL (SELECT 1 FROM evidence_versions ev
                              WHERE ev.item_id = ei.id AND ev.status = 'submitted' LIMIT 1) submitted
        WHERE ei.enrolment_id = ANY($1::uuid[])
        GROUP BY ei.enrolment_id`,
      [enrolmentIds],
      (raw) => ({ enrolmentId: text(raw, 'enrolmentId'), count: int(raw, 'count') }),
    );
    return new Map(rows.map((row) => [row.enrolmentId, row.count]));
  }

  /**
   * Submitted versions on the enrolments the assessor ($1) holds now, at centres where they hold
   * the assessor role ($2) and whose evidence is still assessed ($3: not withdrawn, completed or
   * certificated), oldest submitted first; narrowed by learner, a claimed unit, method.
   */
  async assessmentQueue(
    assessorId: string,
    assessorCentres: string[],
    filter: AssessmentQueueQuery,
    page: PageRequest,
  ): Promise<Page<QueuedVersion>> {
    const parameters: unknown[] = [assessorId, assessorCentres, ASSESSED_ENROLMENT_STATUSES];
    const where: string[] = [];
    if (filter.learner !== undefined) {
      parameters.push(filter.learner);
      where.push(`e.learner_id = $${parameters.length}::uuid`);
    }
    if (filter.unit !== undefined) {
      parameters.push(JSON.stringify([{ unit: filter.unit }]));
      where.push(`v.claims @> $${parameters.length}::jsonb`);
    }
    if (filter.method !== undefined) {
      parameters.push(filter.method);
      where.push(`v.method = $${parameters.length}`);
    }
    return queryPage(
      this.db,
      `SELECT i.id AS "evidenceId", e.id AS "enrolmentId", v.title, v.number AS version, v.method,
              c.code AS "centreMethodCode", v.claims, d.declared_at AS "submittedAt",
              json_build_object('id', u.id, 'displayName', u.display_name) AS learner
         FROM evidence_versions v
         JOIN evidence_items i ON i.id = v.item_id
         JOIN enrolments e ON e.id = i.enrolment_id
         JOIN declarations d ON d.version_id = v.id
         JOIN users u ON u.id = e.learner_id
         LEFT JOIN centre_method_codes c ON c.centre_id = e.centre_id AND c.method = v.method
        WHERE v.status = 'submitted' AND e.centre_id = ANY($2::uuid[])
          AND e.status = ANY($3::text[])
          AND EXISTS (SELECT 1 FROM enrolment_assignments r
                       WHERE r.enrolment_id = e.id AND r.user_id = $1 AND r.role = 'assessor'
                         AND r.ended_at IS NULL)
          ${where.map((condition) => `AND ${condition}`).join(' ')}`,
      'd.declared_at, v.id',
      parameters,
      page,
      (raw) => ({
        evidenceId: text(raw, 'evidenceId'),
        enrolmentId: text(raw, 'enrolmentId'),
        title: text(raw, 'title'),
        version: int(raw, 'version'),
        method: oneOf(raw, 'method', ASSESSMENT_METHOD_KEYS),
        centreMethodCode: nullableText(raw, 'centreMethodCode'),
        learner: object(raw, 'learner', personRef),
        claims: objectList(raw, 'claims', evidenceClaim),
        submittedAt: timestamp(raw, 'submittedAt').toISOString(),
      }),
    );
  }
}
