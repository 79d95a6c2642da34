import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHOD_KEYS,
  type AssessmentDecisionKind,
  type AssessmentMethod,
  type AssessmentQueueQuery,
  type EvidenceClaim,
  type Page,
} from '@signoff/contracts';
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
import { execute } from '../database/typed-query';

/** How each decision is stored: the database's words for the contract's (read back in read-models). */
const STORED_DECISION: Record<AssessmentDecisionKind, string> = {
  accept: 'accept',
  refer: 'refer',
  withdrawAcceptance: 'withdraw_acceptance',
};
export interface NewDecision {
  versionId: string;
  enrolmentId: string;
  assessorId: string;
  decision: AssessmentDecisionKind;
  feedback: string | null;
  mapping: EvidenceClaim[];
}

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

@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertDecision(manager: EntityManager, decision: NewDecision): Promise<void> {
    await execute(
      manager,
      `INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, feedback, mapping)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        decision.versionId,
        decision.enrolmentId,
        decision.assessorId,
        STORED_DECISION[decision.decision],
        decision.feedback,
        JSON.stringify(decision.mapping),
      ],
    );
  }

  /**
   * Submitted versions on the enrolments the assessor ($1) holds now, at centres where they hold
   * the assessor role ($2), oldest submitted first; narrowed by learner, a claimed unit, method.
   */
  async queue(
    assessorId: string,
    assessorCentres: string[],
    filter: AssessmentQueueQuery,
    page: PageRequest,
  ): Promise<Page<QueuedVersion>> {
    const parameters: unknown[] = [assessorId, assessorCentres];
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
