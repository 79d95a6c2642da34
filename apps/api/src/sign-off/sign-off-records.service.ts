import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RevocationRequest, SignOffRecord } from '@signoff/contracts';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { ReauthenticationService } from '../auth/reauthentication.service';
import { DomainError } from '../errors/domain-error';
import { isRecordId } from '../http/record-id';
import { SignOffRecordsRepository } from './sign-off-records.repository';
import { revokerRole, signOffAsSeenBy } from './sign-off-revocation.policy';
import { SignOffRepository } from './sign-off.repository';

/**
 * A signature's record, for whoever sees its enrolment, and its revocation: a record of its own
 * beside it, by the signer or an admin of its centre, after which it no longer counts and the
 * rows (or the unit) may be signed again. Nothing already written changes.
 */
@Injectable()
export class SignOffRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signOffs: SignOffRepository,
    private readonly records: SignOffRecordsRepository,
    private readonly access: AccessService,
    private readonly reauthentication: ReauthenticationService,
    private readonly audit: AuditService,
  ) {}

  /** The signature, to those who see its enrolment; to anyone else it does not exist (404). */
  async record(actor: Actor, id: string): Promise<SignOffRecord> {
    const record = isRecordId(id) ? await this.signOffs.recordOf(id) : null;
    if (record === null) throw DomainError.notFound('Sign-off');
    const visible = await this.access.visibleEnrolments(actor, [record.enrolmentId]);
    if (!visible.has(record.enrolmentId)) throw DomainError.notFound('Sign-off');
    return signOffAsSeenBy(actor, record);
  }

  /**
   * Revokes the signature, once the actor's password is confirmed (a wrong one counts towards
   * the login limit): the signer, or an admin of its centre; anyone else who sees it gets 403,
   * and a signature revoked already 409. Writes the revocation and its audit event together.
   */
  async revoke(
    actor: Actor,
    id: string,
    request: RevocationRequest,
    address: string,
  ): Promise<SignOffRecord> {
    const record = await this.record(actor, id);
    const role = revokerRole(actor, record);
    if (role === null)
      throw new DomainError(
        'FORBIDDEN',
        'Only the person who signed it, or an administrator of its centre, may revoke a signature',
      );
    if (record.revocation !== null) throw alreadyRevoked(record.revocation);
    await this.reauthentication.confirm(actor, request.password, address);
    await this.db.transaction(async (manager) => {
      const revoked = await this.records.insertRevocation(manager, {
        signOffId: record.id,
        revokedBy: actor.userId,
        role,
        reason: request.reason,
      });
      if (!revoked) {
        const meanwhile = await this.signOffs.recordOf(record.id, manager);
        throw alreadyRevoked(meanwhile?.revocation ?? null);
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        requestId: actor.requestId,
        centreId: record.centre.id,
        action: 'sign_off.revoked',
        subjectType: 'sign_off',
        subjectId: record.id,
        after: { role, reason: request.reason },
      });
    });
    return this.record(actor, record.id);
  }
}

function alreadyRevoked(revocation: SignOffRecord['revocation']): DomainError {
  return new DomainError(
    'CONFLICT',
    revocation === null
      ? 'This signature has already been revoked'
      : `This signature was already revoked by ${revocation.by.displayName} on ${revocation.at.slice(0, 10)}`,
  );
}
