import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ENROLMENT_STATUSES,
  type CentreWitness,
  type CentreWitnessContent,
  type EnrolmentStatus,
  type EvidenceClaim,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { asName } from '../database/list-query';
import {
  bool,
  evidenceClaim,
  int,
  nullableText,
  nullableTimestamp,
  object,
  objectList,
  oneOf,
  personRef,
  text,
  timestamp,
  type RawRow,
} from '../database/row-readers';
import { changedRows, execute, queryFirst, queryRows } from '../database/typed-query';

/** A request as stored, with its witness and who asked. */
export interface StoredWitnessRequest {
  id: string;
  enrolmentId: string;
  witness: Pick<CentreWitness, 'id' | 'name' | 'jobRole' | 'email' | 'expert'>;
  relationship: string;
  claims: EvidenceClaim[];
  message: string | null;
  requestedBy: { id: string; displayName: string };
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  submittedAt: Date | null;
  evidenceId: string | null;
  emailRequested: boolean;
}

/** A request as its link finds it: with what the witness's page shows of its enrolment. */
export interface LinkedWitnessRequest extends StoredWitnessRequest {
  enrolment: {
    id: string;
    centreId: string;
    centreName: string;
    status: EnrolmentStatus;
    learnerName: string;
    qualificationVersionId: string;
    qualificationTitle: string;
  };
}

export interface NewWitnessRequest {
  id: string;
  enrolmentId: string;
  witnessId: string;
  relationship: string;
  claims: EvidenceClaim[];
  message: string | null;
  requestedBy: string;
  tokenSha256: string;
  validDays: number;
  emailRequested: boolean;
}

const WITNESS_COLUMNS = `w.id, w.centre_id AS "centreId", w.name, w.job_role AS "jobRole", w.email, w.expert,
       w.occupational_competence AS "occupationalCompetence", w.created_at AS "createdAt",
       (SELECT count(*)::int FROM witness_requests r WHERE r.witness_id = w.id AND r.submitted_at IS NOT NULL) AS testimonies`;

const REQUEST_COLUMNS = `r.id, r.enrolment_id AS "enrolmentId", r.relationship, r.claims, r.message,
       json_build_object('id', w.id, 'name', w.name, 'jobRole', w.job_role, 'email', w.email, 'expert', w.expert) AS witness,
       json_build_object('id', u.id, 'displayName', u.display_name) AS "requestedBy",
       r.created_at AS "createdAt", r.expires_at AS "expiresAt", r.revoked_at AS "revokedAt",
       r.submitted_at AS "submittedAt", r.evidence_item_id AS "evidenceId", r.email_requested AS "emailRequested"`;

const REQUEST = `SELECT ${REQUEST_COLUMNS}
  FROM witness_requests r
  JOIN centre_witnesses w ON w.id = r.witness_id
  JOIN users u ON u.id = r.requested_by`;

/** Each centre's register of witnesses and the requests sent to them. */
@Injectable()
export class WitnessTestimonyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The centre's register, by name: a short list kept by hand, answered whole. */
  async findCentreWitnesses(centreId: string): Promise<CentreWitness[]> {
    return queryRows(
      this.db,
      `SELECT ${WITNESS_COLUMNS} FROM centre_witnesses w WHERE w.centre_id = $1 ORDER BY ${asName('w.name')}, w.id`,
      [centreId],
      centreWitness,
    );
  }

  async findCentreWitness(
    centreId: string,
    witnessId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CentreWitness | null> {
    return queryFirst(
      manager,
      `SELECT ${WITNESS_COLUMNS} FROM centre_witnesses w WHERE w.centre_id = $1 AND w.id = $2`,
      [centreId, witnessId],
      centreWitness,
    );
  }

  /** The centre's witness with this email address (in any case), other than `except`. */
  async findWitnessIdByEmail(
    manager: EntityManager,
    centreId: string,
    email: string,
    except: string | null = null,
  ): Promise<string | null> {
    return queryFirst(
      manager,
      `SELECT id FROM centre_witnesses
        WHERE centre_id = $1 AND lower(email) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [centreId, email, except],
      (raw) => text(raw, 'id'),
    );
  }

  /** Locks the centre's register while a witness is added or changed, so two cannot share an email. */
  async lockRegister(manager: EntityManager, centreId: string): Promise<void> {
    await execute(manager, `SELECT pg_advisory_xact_lock(hashtext('centre_witnesses:' || $1))`, [
      centreId,
    ]);
  }

  async insertWitness(
    manager: EntityManager,
    centreId: string,
    content: CentreWitnessContent,
    createdBy: string,
  ): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO centre_witnesses (centre_id, name, job_role, email, expert, occupational_competence, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        centreId,
        content.name,
        content.jobRole,
        content.email,
        content.expert,
        content.occupationalCompetence ?? null,
        createdBy,
      ],
      (raw) => text(raw, 'id'),
    );
    return id;
  }

  async updateWitness(
    manager: EntityManager,
    witnessId: string,
    content: CentreWitnessContent,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE centre_witnesses SET name = $2, job_role = $3, email = $4, expert = $5, occupational_competence = $6,
              updated_at = now()
        WHERE id = $1`,
      [
        witnessId,
        content.name,
        content.jobRole,
        content.email,
        content.expert,
        content.occupationalCompetence ?? null,
      ],
    );
  }

  async insertRequest(manager: EntityManager, request: NewWitnessRequest): Promise<void> {
    await execute(
      manager,
      `INSERT INTO witness_requests (id, enrolment_id, witness_id, relationship, claims, message, requested_by,
                                     token_sha256, expires_at, email_requested)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(days => $9), $10)`,
      [
        request.id,
        request.enrolmentId,
        request.witnessId,
        request.relationship,
        JSON.stringify(request.claims),
        request.message,
        request.requestedBy,
        request.tokenSha256,
        request.validDays,
        request.emailRequested,
      ],
    );
  }

  /** The enrolment's requests, newest first: a handful per learner, answered whole. */
  async findEnrolmentRequests(enrolmentId: string): Promise<StoredWitnessRequest[]> {
    return queryRows(
      this.db,
      `${REQUEST} WHERE r.enrolment_id = $1 ORDER BY r.created_at DESC, r.id`,
      [enrolmentId],
      storedRequest,
    );
  }

  /** One request of the enrolment, locked when a manager is given (for settling it). */
  async findEnrolmentRequest(
    enrolmentId: string,
    requestId: string,
    manager?: EntityManager,
  ): Promise<StoredWitnessRequest | null> {
    return queryFirst(
      manager ?? this.db.manager,
      `${REQUEST} WHERE r.enrolment_id = $1 AND r.id = $2${manager ? ' FOR UPDATE OF r' : ''}`,
      [enrolmentId, requestId],
      storedRequest,
    );
  }

  /**
   * The request a link's token leads to, by the token's SHA-256 and nothing else; locked when a
   * manager is given (a statement settles it).
   */
  async findByTokenHash(
    tokenSha256: string,
    manager?: EntityManager,
  ): Promise<LinkedWitnessRequest | null> {
    return queryFirst(
      manager ?? this.db.manager,
      `SELECT ${REQUEST_COLUMNS},
              json_build_object('id', e.id, 'centreId', e.centre_id, 'centreName', c.name, 'status', e.status,
                                'learnerName', l.display_name, 'qualificationVersionId', e.qualification_version_id,
                                'qualificationTitle', q.title) AS enrolment
         FROM witness_requests r
         JOIN centre_witnesses w ON w.id = r.witness_id
         JOIN users u ON u.id = r.requested_by
         JOIN enrolments e ON e.id = r.enrolment_id
         JOIN centres c ON c.id = e.centre_id
         JOIN users l ON l.id = e.learner_id
         JOIN qualification_versions q ON q.id = e.qualification_version_id
        WHERE r.token_sha256 = $1${manager ? ' FOR UPDATE OF r' : ''}`,
      [tokenSha256],
      (raw) => ({
        ...storedRequest(raw),
        enrolment: object(raw, 'enrolment', (enrolment) => ({
          id: text(enrolment, 'id'),
          centreId: text(enrolment, 'centreId'),
          centreName: text(enrolment, 'centreName'),
          status: oneOf(enrolment, 'status', ENROLMENT_STATUSES),
          learnerName: text(enrolment, 'learnerName'),
          qualificationVersionId: text(enrolment, 'qualificationVersionId'),
          qualificationTitle: text(enrolment, 'qualificationTitle'),
        })),
      }),
    );
  }

  /** A request for the e-mail job: its link is made from the id again. */
  async findRequestById(requestId: string): Promise<LinkedWitnessRequest | null> {
    const [tokenSha256] = await queryRows(
      this.db,
      `SELECT token_sha256 AS "tokenSha256" FROM witness_requests WHERE id = $1`,
      [requestId],
      (raw) => text(raw, 'tokenSha256'),
    );
    return tokenSha256 === undefined ? null : this.findByTokenHash(tokenSha256);
  }

  async markSubmitted(manager: EntityManager, requestId: string, itemId: string): Promise<Date> {
    const [submittedAt] = await changedRows(
      manager,
      `UPDATE witness_requests SET submitted_at = now(), evidence_item_id = $2 WHERE id = $1
       RETURNING submitted_at AS "submittedAt"`,
      [requestId, itemId],
      (raw) => timestamp(raw, 'submittedAt'),
    );
    return submittedAt;
  }

  async markRevoked(manager: EntityManager, requestId: string, by: string): Promise<Date> {
    const [revokedAt] = await changedRows(
      manager,
      `UPDATE witness_requests SET revoked_at = now(), revoked_by = $2 WHERE id = $1 RETURNING revoked_at AS "revokedAt"`,
      [requestId, by],
      (raw) => timestamp(raw, 'revokedAt'),
    );
    return revokedAt;
  }
}

function centreWitness(raw: RawRow): CentreWitness {
  return {
    id: text(raw, 'id'),
    centreId: text(raw, 'centreId'),
    name: text(raw, 'name'),
    jobRole: text(raw, 'jobRole'),
    email: text(raw, 'email'),
    expert: bool(raw, 'expert'),
    occupationalCompetence: nullableText(raw, 'occupationalCompetence'),
    testimonies: int(raw, 'testimonies'),
    createdAt: timestamp(raw, 'createdAt').toISOString(),
  };
}

function storedRequest(raw: RawRow): StoredWitnessRequest {
  return {
    id: text(raw, 'id'),
    enrolmentId: text(raw, 'enrolmentId'),
    witness: object(raw, 'witness', (witness) => ({
      id: text(witness, 'id'),
      name: text(witness, 'name'),
      jobRole: text(witness, 'jobRole'),
      email: text(witness, 'email'),
      expert: bool(witness, 'expert'),
    })),
    relationship: text(raw, 'relationship'),
    claims: objectList(raw, 'claims', evidenceClaim),
    message: nullableText(raw, 'message'),
    requestedBy: object(raw, 'requestedBy', personRef),
    createdAt: timestamp(raw, 'createdAt'),
    expiresAt: timestamp(raw, 'expiresAt'),
    revokedAt: nullableTimestamp(raw, 'revokedAt'),
    submittedAt: nullableTimestamp(raw, 'submittedAt'),
    evidenceId: nullableText(raw, 'evidenceId'),
    emailRequested: bool(raw, 'emailRequested'),
  };
}
