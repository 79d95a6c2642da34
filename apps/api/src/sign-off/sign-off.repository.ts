import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHOD_KEYS,
  ENROLMENT_STATUSES,
  SIGN_OFF_KINDS,
  type AcceptedEvidence,
  type EnrolmentStatus,
  type SignOff,
  type SignOffKind,
  type SignOffRecord,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  evidenceClaim,
  int,
  jsonTimestamp,
  nullableObject,
  object,
  objectList,
  oneOf,
  personRef,
  text,
  textList,
  timestamp,
  type RawRow,
} from '../database/row-readers';
import { execute, queryFirst, queryRows, type Queryable } from '../database/typed-query';

/** An accepted evidence version, with the acceptance decision whose mapping counts. */
export interface AcceptedVersion extends AcceptedEvidence {
  acceptanceId: string;
}

/**
 * What every sign-off of an enrolment stands on: its accepted evidence and its signatures, each
 * with what became of it, and the units its learner's evidence claims. Read in two statements, however many units, rows and items it has.
 */
export interface SignOffGround {
  accepted: AcceptedVersion[];
  signOffs: SignOff[];
  /** The units the learner's submitted or accepted evidence claims, mapped or not. */
  claimedUnits: string[];
}

export type SignerRole = SignOffRecord['signerRole'];

/** A signature as stored, before what the person asking may do to it. */
export type StoredSignOff = Omit<SignOffRecord, 'can'>;

export interface NewSignOff {
  enrolmentId: string;
  unit: string;
  kind: SignOffKind;
  rows: string[];
  signerId: string;
  signerRole: SignerRole;
  centreId: string;
  statement: string;
  content: string;
  contentSha256: string;
  idempotencyKey: string;
  requestSha256: string;
  /** Each evidence version relied on, with the acceptance decision whose mapping was used. */
  reliedOn: { versionId: string; acceptanceId: string }[];
}

/** A signature found by its signer's Idempotency-Key, and the hash of the request that made it. */
export interface KeyedSignOff {
  id: string;
  requestSha256: string;
}

// An item's newest version, when it is submitted or accepted: after a withdrawal it is submitted
// again, and a referred one is revised as a new version. An accepted one's newest acceptance
// carries the assessor's mapping; every one names the units its learner claims for it.
const CLAIMED_EVIDENCE = `
  SELECT v.id AS "versionId", i.id AS "itemId", v.number AS version, v.title, v.method, v.status,
         d.id AS "acceptanceId", d.mapping, dec.sha256 AS "declarationSha256",
         ARRAY(SELECT DISTINCT c ->> 'unit' FROM jsonb_array_elements(v.claims) c) AS "claimedUnits",
         ARRAY(SELECT f.sha256 FROM evidence_version_files vf JOIN stored_files f ON f.id = vf.file_id
                WHERE vf.version_id = v.id ORDER BY vf.position, f.sha256) AS "fileSha256s"
    FROM evidence_items i
    JOIN LATERAL (SELECT * FROM evidence_versions nv WHERE nv.item_id = i.id
                   ORDER BY nv.number DESC LIMIT 1) v ON v.status IN ('accepted', 'submitted')
    LEFT JOIN LATERAL (SELECT ad.id, ad.mapping FROM assessment_decisions ad
                   WHERE ad.version_id = v.id AND ad.decision = 'accept' AND v.status = 'accepted'
                   ORDER BY ad.decided_at DESC, ad.id DESC LIMIT 1) d ON true
    JOIN declarations dec ON dec.version_id = v.id
   WHERE i.enrolment_id = $1
   ORDER BY i.created_at, i.id`;

const REVOCATION = `
  CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(
    'at', r.revoked_at, 'role', r.revoker_role, 'reason', r.reason,
    'by', json_build_object('id', ru.id, 'displayName', ru.display_name)) END`;
const FLAG = `
  CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('at', f.raised_at, 'reason', f.reason) END`;
const WITH_FATE = `
    JOIN users u ON u.id = s.signer_id
    LEFT JOIN sign_off_revocations r ON r.sign_off_id = s.id
    LEFT JOIN users ru ON ru.id = r.revoked_by
    LEFT JOIN sign_off_flags f ON f.sign_off_id = s.id`;

const SIGN_OFFS = `
  SELECT s.id, s.kind, s.unit, s.rows, s.signed_at AS "signedAt",
         json_build_object('id', u.id, 'displayName', u.display_name) AS signer,
         ARRAY(SELECT e.version_id::text FROM sign_off_evidence e
                WHERE e.sign_off_id = s.id ORDER BY e.version_id) AS "reliedOn",
         ${REVOCATION} AS revocation, ${FLAG} AS flag
    FROM sign_offs s ${WITH_FATE}
   WHERE s.enrolment_id = $1
   ORDER BY s.signed_at, s.id`;

const RECORD = `
  SELECT s.id, s.kind, s.enrolment_id AS "enrolmentId", s.unit, s.rows, s.signer_role AS "signerRole",
         s.signed_at AS "signedAt", s.statement, s.content, s.content_sha256 AS "contentSha256",
         json_build_object('id', u.id, 'displayName', u.display_name) AS signer,
         json_build_object('id', l.id, 'displayName', l.display_name) AS learner,
         json_build_object('id', c.id, 'name', c.name) AS centre,
         COALESCE((SELECT json_agg(json_build_object('versionId', v.id, 'itemId', v.item_id,
                                   'version', v.number, 'title', v.title) ORDER BY v.item_id, v.number)
                     FROM sign_off_evidence e JOIN evidence_versions v ON v.id = e.version_id
                    WHERE e.sign_off_id = s.id), '[]') AS "reliedOn",
         ${REVOCATION} AS revocation, ${FLAG} AS flag
    FROM sign_offs s ${WITH_FATE}
    JOIN enrolments en ON en.id = s.enrolment_id
    JOIN users l ON l.id = en.learner_id
    JOIN centres c ON c.id = s.centre_id
   WHERE s.id = $1`;

const SIGNER_ROLES: readonly SignerRole[] = ['assessor', 'learner'];
const REVOKER_ROLES = ['signer', 'admin'] as const;

const revocation = (raw: RawRow) => ({
  at: jsonTimestamp(raw, 'at'),
  by: object(raw, 'by', personRef),
  role: oneOf(raw, 'role', REVOKER_ROLES),
  reason: text(raw, 'reason'),
});
const flag = (raw: RawRow) => ({ at: jsonTimestamp(raw, 'at'), reason: text(raw, 'reason') });

/**
 * Signatures are only ever inserted. The ground of an enrolment's sign-offs and a signature's
 * record are read here, for this capability and for those that build on it (progress, records).
 */
@Injectable()
export class SignOffRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The enrolment's accepted evidence, the units its submitted and accepted evidence claims, and
   * every signature of it, in two statements.
   */
  async loadGround(enrolmentId: string, manager: Queryable = this.db): Promise<SignOffGround> {
    const items = await queryRows(manager, CLAIMED_EVIDENCE, [enrolmentId], (raw) => ({
      claimedUnits: textList(raw, 'claimedUnits'),
      accepted:
        text(raw, 'status') === 'accepted'
          ? {
              versionId: text(raw, 'versionId'),
              itemId: text(raw, 'itemId'),
              version: int(raw, 'version'),
              title: text(raw, 'title'),
              method: oneOf(raw, 'method', ASSESSMENT_METHOD_KEYS),
              acceptanceId: text(raw, 'acceptanceId'),
              mapping: objectList(raw, 'mapping', evidenceClaim),
              declarationSha256: text(raw, 'declarationSha256'),
              fileSha256s: textList(raw, 'fileSha256s'),
            }
          : null,
    }));
    const signOffs = await this.signOffsOf(enrolmentId, manager);
    return {
      accepted: items.flatMap((item) => (item.accepted ? [item.accepted] : [])),
      claimedUnits: [...new Set(items.flatMap((item) => item.claimedUnits))],
      signOffs,
    };
  }

  /** Every signature of the enrolment, oldest first, each with what became of it. */
  signOffsOf(enrolmentId: string, manager: Queryable = this.db): Promise<SignOff[]> {
    return queryRows(manager, SIGN_OFFS, [enrolmentId], (raw): SignOff => {
      const kind = oneOf(raw, 'kind', SIGN_OFF_KINDS);
      const revoked = nullableObject(raw, 'revocation', revocation);
      return {
        id: text(raw, 'id'),
        kind,
        unit: text(raw, 'unit'),
        // A unit's signatures store every row they covered; the contract lists rows signed as such.
        rows: kind === 'rows' ? textList(raw, 'rows') : [],
        signer: object(raw, 'signer', personRef),
        signedAt: timestamp(raw, 'signedAt').toISOString(),
        reliedOn: textList(raw, 'reliedOn'),
        revoked: revoked && { at: revoked.at, by: revoked.by, reason: revoked.reason },
        flagged: nullableObject(raw, 'flag', flag),
      };
    });
  }

  /** One signature as stored, with the evidence it relied on and what became of it. */
  recordOf(id: string, manager: Queryable = this.db): Promise<StoredSignOff | null> {
    return queryFirst(manager, RECORD, [id], (raw) => ({
      id: text(raw, 'id'),
      kind: oneOf(raw, 'kind', SIGN_OFF_KINDS),
      enrolmentId: text(raw, 'enrolmentId'),
      learner: object(raw, 'learner', personRef),
      unit: text(raw, 'unit'),
      rows: textList(raw, 'rows'),
      signer: object(raw, 'signer', personRef),
      signerRole: oneOf(raw, 'signerRole', SIGNER_ROLES),
      centre: object(raw, 'centre', (centre) => ({
        id: text(centre, 'id'),
        name: text(centre, 'name'),
      })),
      signedAt: timestamp(raw, 'signedAt').toISOString(),
      statement: text(raw, 'statement'),
      content: text(raw, 'content'),
      contentSha256: text(raw, 'contentSha256'),
      reliedOn: objectList(raw, 'reliedOn', (item) => ({
        versionId: text(item, 'versionId'),
        itemId: text(item, 'itemId'),
        version: int(item, 'version'),
        title: text(item, 'title'),
      })),
      revocation: nullableObject(raw, 'revocation', revocation),
      flag: nullableObject(raw, 'flag', flag),
    }));
  }

  /** Locks the enrolment for a signature and answers its status, or null when there is none. */
  lockEnrolment(manager: EntityManager, enrolmentId: string): Promise<EnrolmentStatus | null> {
    return queryFirst(
      manager,
      `SELECT status FROM enrolments WHERE id = $1 FOR UPDATE`,
      [enrolmentId],
      (raw) => oneOf(raw, 'status', ENROLMENT_STATUSES),
    );
  }

  findByIdempotencyKey(
    manager: Queryable,
    signerId: string,
    key: string,
  ): Promise<KeyedSignOff | null> {
    return queryFirst(
      manager,
      `SELECT id, request_sha256 AS "requestSha256" FROM sign_offs
        WHERE signer_id = $1 AND idempotency_key = $2`,
      [signerId, key],
      (raw) => ({ id: text(raw, 'id'), requestSha256: text(raw, 'requestSha256') }),
    );
  }

  /**
   * Writes the signature and the evidence it relied on, answering its id; or null, writing
   * nothing, when the signer's Idempotency-Key is already taken (by a request that committed
   * first: the unique constraint decides between requests sent at once).
   */
  async insert(manager: EntityManager, signOff: NewSignOff): Promise<string | null> {
    const inserted = await queryFirst(
      manager,
      `INSERT INTO sign_offs (enrolment_id, unit, kind, rows, signer_id, signer_role, centre_id,
                              statement, content, content_sha256, idempotency_key, request_sha256)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT ON CONSTRAINT sign_offs_idempotency DO NOTHING
       RETURNING id`,
      [
        signOff.enrolmentId,
        signOff.unit,
        signOff.kind,
        signOff.rows,
        signOff.signerId,
        signOff.signerRole,
        signOff.centreId,
        signOff.statement,
        signOff.content,
        signOff.contentSha256,
        signOff.idempotencyKey,
        signOff.requestSha256,
      ],
      (raw) => text(raw, 'id'),
    );
    if (inserted === null) return null;
    if (signOff.reliedOn.length > 0)
      await execute(
        manager,
        `INSERT INTO sign_off_evidence (sign_off_id, version_id, acceptance_id)
         SELECT $1, version_id, acceptance_id
           FROM unnest($2::uuid[], $3::uuid[]) AS relied (version_id, acceptance_id)`,
        [
          inserted,
          signOff.reliedOn.map((item) => item.versionId),
          signOff.reliedOn.map((item) => item.acceptanceId),
        ],
      );
    return inserted;
  }
}
