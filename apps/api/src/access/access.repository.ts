import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { text, type RawRow } from '../database/row-readers';
import { queryRows } from '../database/typed-query';
import {
  enrolmentInReach,
  evidenceInReach,
  fileInReach,
  reachParameters,
  staffedBy,
  type Reach,
} from './reach';

/**
 * One statement per question "which of these records may this person reach?": the ids given
 * as $6, the reach as $1–$5 (`reachParameters`). Each answers the ids that pass, and nothing
 * about the others.
 */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findVisibleEnrolments(reach: Reach, ids: string[]): Promise<string[]> {
    return this.ids(
      `SELECT e.id FROM enrolments e WHERE e.id = ANY($6::uuid[]) AND ${enrolmentInReach('e')}`,
      reach,
      ids,
    );
  }

  /** Of an enrolment they see; an item never submitted is its author's alone (`evidenceInReach`). */
  findVisibleEvidence(reach: Reach, ids: string[]): Promise<string[]> {
    return this.ids(
      `SELECT i.id FROM evidence_items i JOIN enrolments e ON e.id = i.enrolment_id
        WHERE i.id = ANY($6::uuid[]) AND ${evidenceInReach('i', 'e')}`,
      reach,
      ids,
    );
  }

  /** Held by a version of an item they see; a draft's files are its author's (`fileInReach`). */
  findReadableFiles(reach: Reach, ids: string[]): Promise<string[]> {
    return this.ids(
      `SELECT f.id FROM stored_files f WHERE f.id = ANY($6::uuid[]) AND ${fileInReach('f')}`,
      reach,
      ids,
    );
  }

  /**
   * The learner's own record while a learner at its centre, every record of a centre where they
   * are admin or EQA, and the records of learners whose enrolments they assess or verify now.
   */
  findReadableLearners(reach: Reach, ids: string[]): Promise<string[]> {
    return this.ids(
      `SELECT p.user_id AS id FROM learner_profiles p
        WHERE p.user_id = ANY($6::uuid[])
          AND ((p.user_id = $1 AND p.centre_id = ANY($3::uuid[]))
               OR p.centre_id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM enrolments e WHERE e.learner_id = p.user_id AND ${staffedBy('e')}))`,
      reach,
      ids,
    );
  }

  /** Learner records kept by a centre they administer. */
  async findManageableLearners(reach: Reach, ids: string[]): Promise<string[]> {
    return queryRows(
      this.db,
      `SELECT user_id AS id FROM learner_profiles WHERE user_id = ANY($2::uuid[]) AND centre_id = ANY($1::uuid[])`,
      [reach.adminCentres, ids],
      recordId,
    );
  }

  /** Members (suspended or not, with roles or none) of a centre they administer. */
  async findManageableUsers(
    reach: Reach,
    ids: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    return queryRows(
      manager,
      `SELECT DISTINCT user_id AS id FROM centre_members WHERE user_id = ANY($2::uuid[]) AND centre_id = ANY($1::uuid[])`,
      [reach.adminCentres, ids],
      recordId,
    );
  }

  private async ids(sql: string, reach: Reach, ids: string[]): Promise<string[]> {
    return queryRows(this.db, sql, [...reachParameters(reach), ids], recordId);
  }
}

const recordId = (raw: RawRow) => text(raw, 'id');
