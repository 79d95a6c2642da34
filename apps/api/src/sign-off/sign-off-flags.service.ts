import { Injectable } from '@nestjs/common';
import { WITHDRAWN_EVIDENCE_FLAG } from '@signoff/contracts';
import { flagsAfterWithdrawal } from '@signoff/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { SignOffRecordsRepository } from './sign-off-records.repository';
import { SignOffRepository } from './sign-off.repository';

/** An acceptance withdrawn: the decision record, and the version it withdrew. */
export interface Withdrawal {
  decisionId: string;
  versionId: string;
  enrolmentId: string;
  centreId: string;
}

/**
 * Flags raised on signatures when evidence they relied on loses its acceptance: a record of its
 * own beside each, after which the signature no longer counts until its rows are signed again.
 */
@Injectable()
export class SignOffFlagsService {
  constructor(
    private readonly signOffs: SignOffRepository,
    private readonly records: SignOffRecordsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Called inside the transaction that records the withdrawal, so both land or neither: flags
   * every signature still standing that relied on the version, each with its audit event, in
   * the same few statements however many there are. The enrolment is locked first, as signing
   * locks it, so a signature made meanwhile is either seen here or made without the version.
   */
  async flagAfterWithdrawal(
    manager: EntityManager,
    actor: Actor,
    withdrawal: Withdrawal,
  ): Promise<void> {
    await this.signOffs.lockEnrolment(manager, withdrawal.enrolmentId);
    const signOffs = await this.signOffs.signOffsOf(withdrawal.enrolmentId, manager);
    const flags = flagsAfterWithdrawal([withdrawal.versionId], signOffs);
    const flagged = await this.records.insertFlags(
      manager,
      flags.map((flag) => flag.signOffId),
      withdrawal.decisionId,
      WITHDRAWN_EVIDENCE_FLAG,
    );
    await this.audit.recordMany(
      manager,
      flagged.map((signOffId) => ({
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: withdrawal.centreId,
        action: 'sign_off.flagged',
        subjectType: 'sign_off',
        subjectId: signOffId,
        after: {
          reason: WITHDRAWN_EVIDENCE_FLAG,
          withdrawalId: withdrawal.decisionId,
          versionId: withdrawal.versionId,
        },
      })),
    );
  }
}
