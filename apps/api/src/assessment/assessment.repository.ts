import { Injectable } from '@nestjs/common';
import type { AssessmentDecisionKind, EvidenceClaim } from '@signoff/contracts';
import type { EntityManager } from 'typeorm';
import { text } from '../database/row-readers';
import { queryFirst } from '../database/typed-query';
import { STORED_DECISION } from './stored-decision';

export interface NewDecision {
  versionId: string;
  enrolmentId: string;
  assessorId: string;
  decision: AssessmentDecisionKind;
  feedback: string | null;
  mapping: EvidenceClaim[];
}

/** Decisions are only ever inserted; the evidence detail reads them back (read models). */
@Injectable()
export class AssessmentRepository {
  /** Answers the new decision's id. */
  async insertDecision(manager: EntityManager, decision: NewDecision): Promise<string> {
    const id = await queryFirst(
      manager,
      `INSERT INTO assessment_decisions (version_id, enrolment_id, assessor_id, decision, feedback, mapping)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id`,
      [
        decision.versionId,
        decision.enrolmentId,
        decision.assessorId,
        STORED_DECISION[decision.decision],
        decision.feedback,
        JSON.stringify(decision.mapping),
      ],
      (raw) => text(raw, 'id'),
    );
    if (id === null) throw new Error('An assessment decision was inserted but not returned');
    return id;
  }
}
