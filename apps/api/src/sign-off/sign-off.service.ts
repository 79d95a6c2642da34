import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type SignOffKind,
  type SignOffMatrix,
  type SignOffMatrixRow,
  type SignOffRecord,
  type Unit,
  type UnitSignOffView,
} from '@signoff/contracts';
import {
  mayBeSigned,
  newestSignOff,
  portfolioChangeRefusal,
  signingProblems,
  signingStatement,
  signOffContent,
  signOffMatrix,
  signOffState,
  unitAchievement,
  unitSigningProblems,
} from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { contentHash } from '../audit/content-hash';
import type { Actor } from '../auth/actor';
import { ReauthenticationService } from '../auth/reauthentication.service';
import { EnrolmentsService, type StoredEnrolment } from '../enrolments/enrolments.service';
import { DomainError } from '../errors/domain-error';
import { requireIdempotencyKey } from '../http/idempotency-key';
import { QualificationsService } from '../qualifications/qualifications.service';
import { signOffAsSeenBy } from './sign-off-revocation.policy';
import {
  SignOffRepository,
  type AcceptedVersion,
  type KeyedSignOff,
  type SignerRole,
  type SignOffGround,
} from './sign-off.repository';

/** A unit of the enrolment's qualification, by its reference. */
type SignableUnit = Pick<Unit, 'title' | 'credits' | 'outcomes'> & { reference: string };

/** What a signing request asks to sign: rows of a unit, or the unit as a whole. */
export type SigningRequest =
  | { kind: 'rows'; unit: string; rows: string[] }
  | { kind: 'unit' | 'countersignature'; unit: string };

/** Who proves it is them, and how to find a retry of the same request. */
export interface SigningCredentials {
  password: string;
  /** The address the request came from, counted by the login limit. */
  address: string;
  idempotencyKey: string | undefined;
}

/** The signature made, or the one a replayed Idempotency-Key made first. */
export interface Signed {
  record: SignOffRecord;
  replayed: boolean;
}

const SIGNER_ROLE: Record<SignOffKind, SignerRole> = {
  rows: 'assessor',
  unit: 'assessor',
  countersignature: 'learner',
};

const AUDIT_ACTION: Record<SignOffKind, string> = {
  rows: 'sign_off.signed',
  unit: 'sign_off.unit_signed',
  countersignature: 'sign_off.countersigned',
};

/**
 * Sign-off of a unit's matrix: the view the signing screen needs, and one signing path for the
 * three kinds of signature (the assessor's rows and unit, the learner's countersignature). A
 * signature is checked against the rules of libs/domain on the ground read inside the
 * transaction that writes it, with the enrolment locked, and is only ever inserted.
 */
@Injectable()
export class SignOffService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signOffs: SignOffRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly qualifications: QualificationsService,
    private readonly reauthentication: ReauthenticationService,
    private readonly audit: AuditService,
  ) {}

  /** One unit's matrix for an enrolment the actor sees, and what they may sign on it now. */
  async unitView(
    actor: Actor,
    enrolmentId: string,
    unitReference: string,
  ): Promise<UnitSignOffView> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    const unit = await this.unitOf(enrolment, unitReference);
    const ground = await this.signOffs.loadGround(enrolment.id);
    const matrix = signOffMatrix(unit, ground.accepted, ground.signOffs);
    const newestState = (kind: 'unit' | 'countersignature') =>
      signOffState(
        newestSignOff(
          ground.signOffs.filter(
            (signOff) => signOff.kind === kind && signOff.unit === unit.reference,
          ),
        ),
      );
    const open = portfolioChangeRefusal(enrolment.status) === null;
    const assessor = open && this.enrolments.isAssessorOf(actor, enrolment);
    const learner = open && this.enrolments.isLearnerOf(actor, enrolment);
    return {
      enrolmentId: enrolment.id,
      learner: enrolment.learner,
      unit: { reference: unit.reference, title: unit.title, credits: unit.credits },
      matrix,
      achievement: unitAchievement(matrix, ground.signOffs),
      unitSignOff: newestState('unit'),
      countersignature: newestState('countersignature'),
      can: {
        signRows: assessor ? matrix.rows.filter(mayBeSigned).map((row) => row.ref) : [],
        signUnit: assessor && unitSigningProblems('unit', matrix, ground.signOffs).length === 0,
        countersign:
          learner && unitSigningProblems('countersignature', matrix, ground.signOffs).length === 0,
      },
    };
  }

  /**
   * Signs what the request asks, as the actor, once their password is confirmed: rows or the
   * unit by the enrolment's assessor, the countersignature by its learner. A request replaying
   * an Idempotency-Key the signer used before answers that first signature and signs nothing.
   */
  async sign(
    actor: Actor,
    enrolmentId: string,
    request: SigningRequest,
    credentials: SigningCredentials,
  ): Promise<Signed> {
    const enrolment = await this.enrolments.visible(actor, enrolmentId);
    this.requireSigner(actor, enrolment, request.kind);
    const unit = await this.unitOf(enrolment, request.unit);
    const idempotencyKey = requireIdempotencyKey(credentials.idempotencyKey);
    await this.reauthentication.confirm(actor, credentials.password, credentials.address);
    const requestSha256 = contentHash({
      enrolmentId: enrolment.id,
      kind: request.kind,
      unit: unit.reference,
      rows: request.kind === 'rows' ? [...new Set(request.rows)].sort() : [],
    });

    const signedNow = await this.db.transaction((manager) =>
      this.signLocked(manager, actor, enrolment, unit, request, { idempotencyKey, requestSha256 }),
    );

    const made =
      signedNow ??
      (await this.signOffs.findByIdempotencyKey(this.db, actor.userId, idempotencyKey));
    if (made === null) throw new Error('A sign-off whose Idempotency-Key was taken is missing');
    if (made.requestSha256 !== requestSha256)
      throw new DomainError(
        'CONFLICT',
        'This Idempotency-Key was already used to sign something else. Send a new key with a new signing request.',
      );
    const record = await this.signOffs.recordOf(made.id);
    if (record === null) throw new Error('A sign-off just made is missing');
    return {
      record: signOffAsSeenBy(actor, record),
      replayed: signedNow === null || signedNow.replayed,
    };
  }

  /**
   * Inside the signing transaction: locks the enrolment, answers a replay of the signer's key,
   * checks the rules on the ground read under the lock, and writes the signature, the evidence it
   * relied on and its audit event. Null when the key was taken meanwhile by the signer's request
   * on another enrolment (the unique constraint decides), having written nothing.
   */
  private async signLocked(
    manager: EntityManager,
    actor: Actor,
    enrolment: StoredEnrolment,
    unit: SignableUnit,
    request: SigningRequest,
    { idempotencyKey, requestSha256 }: { idempotencyKey: string; requestSha256: string },
  ): Promise<(KeyedSignOff & { replayed: boolean }) | null> {
    const status = await this.signOffs.lockEnrolment(manager, enrolment.id);
    // Read after the lock, so a replay sent while the first request was signing finds it.
    const earlier = await this.signOffs.findByIdempotencyKey(manager, actor.userId, idempotencyKey);
    if (earlier !== null) return { ...earlier, replayed: true };
    const refusal = status === null ? null : portfolioChangeRefusal(status);
    if (refusal !== null) throw new DomainError('CONFLICT', refusal);

    const ground = await this.signOffs.loadGround(enrolment.id, manager);
    const matrix = signOffMatrix(unit, ground.accepted, ground.signOffs);
    const { rows, reliedOn } = signed(request, matrix, ground);
    const refs = rows.map((row) => row.ref);
    const statement = signingStatement({
      kind: request.kind,
      unit: unit.reference,
      rows,
      learnerName: enrolment.learner.displayName,
    });
    const content = signOffContent({
      enrolmentId: enrolment.id,
      unit: unit.reference,
      kind: request.kind,
      rows: refs,
      statement,
      evidence: reliedOn,
    });
    const contentSha256 = createHash('sha256').update(content).digest('hex');
    const id = await this.signOffs.insert(manager, {
      enrolmentId: enrolment.id,
      unit: unit.reference,
      kind: request.kind,
      rows: refs,
      signerId: actor.userId,
      signerRole: SIGNER_ROLE[request.kind],
      centreId: enrolment.centreId,
      statement,
      content,
      contentSha256,
      idempotencyKey,
      requestSha256,
      reliedOn,
    });
    if (id === null) return null;
    await this.audit.record(manager, {
      actorId: actor.userId,
      requestId: actor.requestId,
      centreId: enrolment.centreId,
      action: AUDIT_ACTION[request.kind],
      subjectType: 'sign_off',
      subjectId: id,
      after: {
        enrolmentId: enrolment.id,
        unit: unit.reference,
        kind: request.kind,
        rows: refs,
        reliedOn: reliedOn.map((item) => item.versionId),
        contentSha256,
      },
    });
    return { id, requestSha256, replayed: false };
  }

  /** 403 to those who see the enrolment but may not make this kind of signature on it. */
  private requireSigner(actor: Actor, enrolment: StoredEnrolment, kind: SignOffKind): void {
    if (kind === 'countersignature') {
      if (!this.enrolments.isLearnerOf(actor, enrolment))
        throw new DomainError('FORBIDDEN', 'Only the learner countersigns their own units');
    } else if (!this.enrolments.isAssessorOf(actor, enrolment)) {
      throw new DomainError('FORBIDDEN', 'Only the enrolment’s assessor signs off its units');
    }
  }

  /** The unit of the enrolment's qualification, or 404 saying it is not one. */
  private async unitOf(enrolment: StoredEnrolment, reference: string): Promise<SignableUnit> {
    const version = await this.qualifications.versionById(enrolment.qualificationVersionId);
    const unit = version?.document.units.find((candidate) => candidate.reference === reference);
    if (!unit || unit.reference === null)
      throw new DomainError(
        'NOT_FOUND',
        `Unit ${reference} is not a unit of ${enrolment.qualification.title}, the qualification of this enrolment`,
      );
    return { ...unit, reference: unit.reference };
  }
}

/**
 * The rows a request signs (in the matrix's order) and the accepted evidence it relies on: the
 * versions mapped to the rows picked, or, signing the unit, to every row. Refuses, naming each
 * row, when the rules of libs/domain say the request may not be signed.
 */
function signed(
  request: SigningRequest,
  matrix: SignOffMatrix,
  ground: SignOffGround,
): { rows: SignOffMatrixRow[]; reliedOn: AcceptedVersion[] } {
  let rows: SignOffMatrixRow[];
  if (request.kind === 'rows') {
    const problems = signingProblems(matrix.rows, request.rows);
    const at = (ref: string) => `rows.${request.rows.indexOf(ref)}`;
    const unknown = problems.filter((problem) => problem.code === 'unknown_row');
    if (unknown.length > 0)
      throw DomainError.invalid(
        unknown.map((problem) => ({ path: at(problem.row), message: problem.message })),
      );
    if (problems.length > 0)
      throw new DomainError(
        'CONFLICT',
        `These rows cannot be signed yet: ${problems.map((problem) => problem.message).join('; ')}.`,
        problems.map((problem) => ({ path: at(problem.row), message: problem.message })),
      );
    rows = matrix.rows.filter((row) => request.rows.includes(row.ref));
  } else {
    const problems = unitSigningProblems(request.kind, matrix, ground.signOffs);
    if (problems.length > 0)
      throw new DomainError(
        'CONFLICT',
        `The unit cannot be ${request.kind === 'unit' ? 'signed off' : 'countersigned'} yet: ${problems.join('; ')}.`,
      );
    rows = matrix.rows;
  }
  const versionIds = new Set(rows.flatMap((row) => row.evidence.map((item) => item.versionId)));
  return { rows, reliedOn: ground.accepted.filter((item) => versionIds.has(item.versionId)) };
}
