import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bool, text } from '../database/row-readers';
import { execute, queryFirst } from '../database/typed-query';

/** A learner's countersignature as it is inserted, once; the database refuses any change. */
export interface NewCountersignature {
  versionId: string;
  learnerId: string;
  agreed: boolean;
  comment: string | null;
  statement: string;
  signedAt: string;
  sha256: string;
  idempotencyKey: string;
  requestSha256: string;
}

/**
 * The signatures on records made at the workplace, as their Idempotency-Keys find them: the
 * assessor's declaration (the item it signed) and the learner's countersignature (the request
 * that made it). Everything else of a record is an evidence item's, read through the evidence
 * module.
 */
/** The version `v` is still its item's newest: a key used on it replays only while it is. */
const NEWEST_VERSION = `NOT EXISTS (SELECT 1 FROM evidence_versions n WHERE n.item_id = v.item_id AND n.number > v.number)`;

@Injectable()
export class WorkplaceRecordsRepository {
  /**
   * The item whose version the assessor signed with this key, if they used it before, and
   * whether that version is still the item's newest (a key that signed version 1 is not a
   * replay of signing version 2).
   */
  findSignedItemByKey(
    manager: EntityManager,
    declaredBy: string,
    idempotencyKey: string,
  ): Promise<{ itemId: string; newest: boolean } | null> {
    return queryFirst(
      manager,
      `SELECT v.item_id AS "itemId", ${NEWEST_VERSION} AS newest
         FROM declarations d JOIN evidence_versions v ON v.id = d.version_id
        WHERE d.declared_by = $1 AND d.idempotency_key = $2`,
      [declaredBy, idempotencyKey],
      (raw) => ({ itemId: text(raw, 'itemId'), newest: bool(raw, 'newest') }),
    );
  }

  /**
   * The hash of the request that made the learner's countersignature with this key, if any, and
   * whether the version it countersigned is still its item's newest (a key that countersigned
   * version 1 is not a replay of countersigning version 2).
   */
  findCountersignatureRequestByKey(
    manager: EntityManager,
    learnerId: string,
    idempotencyKey: string,
  ): Promise<{ requestSha256: string; newest: boolean } | null> {
    return queryFirst(
      manager,
      `SELECT c.request_sha256 AS "requestSha256", ${NEWEST_VERSION} AS newest
         FROM evidence_countersignatures c JOIN evidence_versions v ON v.id = c.version_id
        WHERE c.learner_id = $1 AND c.idempotency_key = $2`,
      [learnerId, idempotencyKey],
      (raw) => ({ requestSha256: text(raw, 'requestSha256'), newest: bool(raw, 'newest') }),
    );
  }

  async insertCountersignature(
    manager: EntityManager,
    countersignature: NewCountersignature,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO evidence_countersignatures (version_id, learner_id, agreed, comment, statement, signed_at, sha256,
                                               idempotency_key, request_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        countersignature.versionId,
        countersignature.learnerId,
        countersignature.agreed,
        countersignature.comment,
        countersignature.statement,
        countersignature.signedAt,
        countersignature.sha256,
        countersignature.idempotencyKey,
        countersignature.requestSha256,
      ],
    );
  }
}
