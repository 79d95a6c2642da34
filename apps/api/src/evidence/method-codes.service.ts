import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHOD_KEYS,
  ASSESSMENT_METHODS,
  type AssessmentMethod,
} from '@signoff/contracts';
import { methodCodeProblems } from '@signoff/domain';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { centresWhere, type Actor } from '../auth/actor';
import { execute } from '../database/typed-query';
import { DomainError } from '../errors/domain-error';
import type { MethodCodeDto } from './dto/method-codes.dto';
import { EvidenceRepository } from './evidence.repository';

export interface CentreMethodCode {
  method: AssessmentMethod;
  title: string;
  code: string;
  defaultCode: string;
}

/** The assessment-method codes shown on a centre's portfolios; a centre admin may rename them. */
@Injectable()
export class MethodCodesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: EvidenceRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, centreId: string): Promise<CentreMethodCode[]> {
    if (!actor.memberships.some((membership) => membership.centreId === centreId))
      throw DomainError.notFound('Centre');
    const codes = await this.evidence.centreMethodCodes(centreId);
    return ASSESSMENT_METHOD_KEYS.map((method) => ({
      method,
      title: ASSESSMENT_METHODS[method].title,
      code: codes.get(method) ?? ASSESSMENT_METHODS[method].code,
      defaultCode: ASSESSMENT_METHODS[method].code,
    }));
  }

  async replace(
    actor: Actor,
    centreId: string,
    codes: MethodCodeDto[],
  ): Promise<CentreMethodCode[]> {
    if (!centresWhere(actor, 'admin').includes(centreId)) throw DomainError.notFound('Centre');
    const problems = methodCodeProblems(codes);
    if (problems.length > 0) throw DomainError.invalid(problems);
    const before = await this.list(actor, centreId);
    await this.db.transaction(async (manager) => {
      await execute(manager, `DELETE FROM centre_method_codes WHERE centre_id = $1`, [centreId]);
      for (const { method, code } of codes) {
        if (code === ASSESSMENT_METHODS[method].code) continue;
        await execute(
          manager,
          `INSERT INTO centre_method_codes (centre_id, method, code) VALUES ($1, $2, $3)`,
          [centreId, method, code],
        );
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId,
        action: 'centre.method_codes_replaced',
        subjectType: 'centre',
        subjectId: centreId,
        before: before.map(({ method, code }) => ({ method, code })),
        after: codes,
      });
    });
    return this.list(actor, centreId);
  }
}
