import { Injectable } from '@nestjs/common';
import type { AssessmentDecisionKind, EvidenceClaim } from '@signoff/contracts';
import type { EntityManager } from 'typeorm';
import { execute } from '../database/typed-query';
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
}
