import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceClaim, SignOffRecord } from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { evidenceClaim, int, objectList, text } from '../database/row-readers';
import { queryFirst, queryRows } from '../database/typed-query';

export type RevokerRole = NonNullable<SignOffRecord['revocation']>['role'];

/** An evidence version a signature relied on, as stored now: what verifying recomputes. */
export interface ReliedOnVersion {
  itemId: string;
  version: number;
  title: string;
  /** The learner's declaration hash, as stored. */
  declarationSha256: string;
  /** The mapping of the acceptance decision the signature used. */
  mapping: EvidenceClaim[];
  files: { name: string; recordedSha256: string; storageKey: string }[];
}

export interface NewRevocation {
  signOffId: string;
  revokedBy: string;
  role: RevokerRole;
  reason: string;
}

/** What became of signatures: revocations and flags, only ever inserted, at most one of each. */
@Injectable()
export class SignOffRecordsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each evidence version the signature relied on, with its files, in one statement. */
  reliedOn(signOffId: string): Promise<ReliedOnVersion[]> {
    return queryRows(
      this.db,
      `SELECT v.item_id AS "itemId", v.number AS version, v.title,
              dec.sha256 AS "declarationSha256", d.mapping,
              COALESCE((SELECT json_agg(json_build_object('name', f.original_name,
                                          'recordedSha256', f.sha256, 'storageKey', f.storage_key)
                                        ORDER BY vf.position, f.id)
                          FROM evidence_version_files vf JOIN stored_files f ON f.id = vf.file_id
                         WHERE vf.version_id = v.id), '[]') AS files
         FROM sign_off_evidence e
         JOIN evidence_versions v ON v.id = e.version_id
         JOIN assessment_decisions d ON d.id = e.acceptance_id
         JOIN declarations dec ON dec.version_id = v.id
        WHERE e.sign_off_id = $1
        ORDER BY v.item_id, v.number`,
      [signOffId],
      (raw) => ({
        itemId: text(raw, 'itemId'),
        version: int(raw, 'version'),
        title: text(raw, 'title'),
        declarationSha256: text(raw, 'declarationSha256'),
        mapping: objectList(raw, 'mapping', evidenceClaim),
        files: objectList(raw, 'files', (file) => ({
          name: text(file, 'name'),
          recordedSha256: text(file, 'recordedSha256'),
          storageKey: text(file, 'storageKey'),
        })),
      }),
    );
  }

  /**
   * Writes the revocation, answering false and writing nothing when the signature already has
   * one (the unique constraint decides between revocations sent at once).
   */
  async insertRevocation(manager: EntityManager, revocation: NewRevocation): Promise<boolean> {
    const id = await queryFirst(
      manager,
      `INSERT INTO sign_off_revocations (sign_off_id, revoked_by, revoker_role, reason)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (sign_off_id) DO NOTHING
       RETURNING id`,
      [revocation.signOffId, revocation.revokedBy, revocation.role, revocation.reason],
      (raw) => text(raw, 'id'),
    );
    return id !== null;
  }

  /**
   * Flags each signature given, in one statement, answering those flagged now (one flagged
   * meanwhile keeps its first flag).
   */
  insertFlags(
    manager: EntityManager,
    signOffIds: readonly string[],
    withdrawalId: string,
    reason: string,
  ): Promise<string[]> {
    if (signOffIds.length === 0) return Promise.resolve([]);
    return queryRows(
      manager,
      `INSERT INTO sign_off_flags (sign_off_id, withdrawal_id, reason)
       SELECT sign_off_id, $2, $3 FROM unnest($1::uuid[]) AS flagged (sign_off_id)
       ON CONFLICT (sign_off_id) DO NOTHING
       RETURNING sign_off_id AS "signOffId"`,
      [signOffIds, withdrawalId, reason],
      (raw) => text(raw, 'signOffId'),
    );
  }
}
