import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Page,
  QualificationDocument,
  QualificationListQuery,
  QualificationSort,
  QualificationSummary,
  QualificationVersionSummary,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { asName, everyWordIn, ListParameters, listOrder } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import {
  int,
  nullableInt,
  nullableText,
  nullableTimestamp,
  oneOf,
  storedJson,
  text,
  timestamp,
  type RawRow,
} from '../database/row-readers';
import { execute, queryExists, queryRows } from '../database/typed-query';

export interface StoredVersion extends QualificationVersionSummary {
  qualificationId: string;
  document: QualificationDocument;
  contentHash: string;
}

export interface StoredQualification {
  id: string;
  awardingBody: string | null;
  code: string | null;
  title: string;
}

const VERSION = `
  SELECT v.id, v.qualification_id AS "qualificationId", v.number, v.status, v.document, v.content_hash AS "contentHash",
         v.created_at AS "createdAt", v.published_at AS "publishedAt", p.display_name AS "publishedBy"
    FROM qualification_versions v LEFT JOIN users p ON p.id = v.published_by`;

const QUALIFICATION_ORDER: Record<QualificationSort, string> = {
  title: asName('q.title'),
  awardingBody: asName('q.awarding_body'),
  code: 'q.code',
  level: 'level',
};

@Injectable()
export class QualificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * `withDrafts` false hides qualifications that have no published version, and draft numbers;
   * narrowed by the catalogue's search.
   */
  findSummaries(
    withDrafts: boolean,
    query: QualificationListQuery,
    page: PageRequest,
  ): Promise<Page<QualificationSummary>> {
    const parameters = new ListParameters([withDrafts]);
    const found = everyWordIn(
      `search_fold(concat_ws(' ', q.title, q.code, q.awarding_body))`,
      query.q,
      parameters,
    );
    return queryPage(
      this.db,
      `SELECT q.id, q.awarding_body AS "awardingBody", q.code, q.title,
              (coalesce(d.document, p.document) ->> 'level')::int AS level,
              (coalesce(d.document, p.document) ->> 'totalCredits')::int AS "totalCredits",
              p.number AS "publishedVersion", CASE WHEN $1 THEN d.number END AS "draftVersion"
         FROM qualifications q
         LEFT JOIN LATERAL (SELECT number, document FROM qualification_versions
                             WHERE qualification_id = q.id AND status = 'published' ORDER BY number DESC LIMIT 1) p ON true
         LEFT JOIN LATERAL (SELECT number, document FROM qualification_versions
                             WHERE qualification_id = q.id AND status = 'draft' AND $1) d ON true
        WHERE ($1 OR p.number IS NOT NULL) AND ${found}`,
      listOrder(QUALIFICATION_ORDER, `${QUALIFICATION_ORDER.title}, q.id`, query),
      parameters.values,
      page,
      (raw) => ({
        id: text(raw, 'id'),
        awardingBody: nullableText(raw, 'awardingBody'),
        code: nullableText(raw, 'code'),
        title: text(raw, 'title'),
        level: nullableInt(raw, 'level'),
        totalCredits: nullableInt(raw, 'totalCredits'),
        publishedVersion: nullableInt(raw, 'publishedVersion'),
        draftVersion: nullableInt(raw, 'draftVersion'),
      }),
    );
  }

  async findQualification(id: string): Promise<StoredQualification | null> {
    const rows = await queryRows(
      this.db,
      `SELECT id, awarding_body AS "awardingBody", code, title FROM qualifications WHERE id = $1`,
      [id],
      storedQualification,
    );
    return rows[0] ?? null;
  }

  async findIdsByCode(code: string): Promise<string[]> {
    const rows = await queryRows(
      this.db,
      `SELECT id FROM qualifications WHERE lower(code) = lower($1)`,
      [code],
      (raw) => ({ id: text(raw, 'id') }),
    );
    return rows.map((row) => row.id);
  }

  async findIdByIdentity(manager: EntityManager, identityKey: string): Promise<string | null> {
    const rows = await queryRows(
      manager,
      `SELECT id FROM qualifications WHERE identity_key = $1`,
      [identityKey],
      (raw) => ({ id: text(raw, 'id') }),
    );
    return rows[0]?.id ?? null;
  }

  async findNewestPublished(qualificationId: string): Promise<StoredVersion | null> {
    const rows = await queryRows(
      this.db,
      `${VERSION} WHERE v.qualification_id = $1 AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
      [qualificationId],
      storedVersion,
    );
    return rows[0] ?? null;
  }

  async findVersionById(versionId: string): Promise<StoredVersion | null> {
    const rows = await queryRows(this.db, `${VERSION} WHERE v.id = $1`, [versionId], storedVersion);
    return rows[0] ?? null;
  }

  async findVersions(qualificationId: string): Promise<StoredVersion[]> {
    return queryRows(
      this.db,
      `${VERSION} WHERE v.qualification_id = $1 ORDER BY v.number DESC`,
      [qualificationId],
      storedVersion,
    );
  }

  async findDraft(manager: EntityManager, qualificationId: string): Promise<StoredVersion | null> {
    const rows = await queryRows(
      manager,
      `${VERSION} WHERE v.qualification_id = $1 AND v.status = 'draft' FOR UPDATE OF v`,
      [qualificationId],
      storedVersion,
    );
    return rows[0] ?? null;
  }

  async findVersion(manager: EntityManager, versionId: string): Promise<StoredVersion> {
    const rows = await queryRows(manager, `${VERSION} WHERE v.id = $1`, [versionId], storedVersion);
    return rows[0];
  }

  /** Serialises changes to one qualification's versions. */
  async lockQualification(manager: EntityManager, qualificationId: string): Promise<boolean> {
    return queryExists(manager, `SELECT 1 FROM qualifications WHERE id = $1 FOR UPDATE`, [
      qualificationId,
    ]);
  }

  async insertQualification(
    manager: EntityManager,
    identityKey: string,
    doc: QualificationDocument,
  ): Promise<string> {
    const rows = await queryRows(
      manager,
      `INSERT INTO qualifications (identity_key, awarding_body, code, title) VALUES ($1, $2, $3, $4) RETURNING id`,
      [identityKey, doc.awardingBody, doc.code, doc.title],
      (raw) => ({ id: text(raw, 'id') }),
    );
    return rows[0].id;
  }

  async updateIdentity(
    manager: EntityManager,
    qualificationId: string,
    identityKey: string,
    doc: QualificationDocument,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE qualifications SET identity_key = $2, awarding_body = $3, code = $4, title = $5 WHERE id = $1`,
      [qualificationId, identityKey, doc.awardingBody, doc.code, doc.title],
    );
  }

  async insertDraft(
    manager: EntityManager,
    qualificationId: string,
    doc: QualificationDocument,
    hash: string,
    userId: string | null,
  ): Promise<string> {
    const rows = await queryRows(
      manager,
      `INSERT INTO qualification_versions (qualification_id, number, status, document, content_hash, created_by)
       SELECT $1, coalesce(max(number), 0) + 1, 'draft', $2, $3, $4 FROM qualification_versions WHERE qualification_id = $1
       RETURNING id`,
      [qualificationId, JSON.stringify(doc), hash, userId],
      (raw) => ({ id: text(raw, 'id') }),
    );
    return rows[0].id;
  }

  async updateDraft(
    manager: EntityManager,
    versionId: string,
    doc: QualificationDocument,
    hash: string,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE qualification_versions SET document = $2, content_hash = $3, updated_at = now() WHERE id = $1 AND status = 'draft'`,
      [versionId, JSON.stringify(doc), hash],
    );
  }

  async markPublished(
    manager: EntityManager,
    versionId: string,
    userId: string | null,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE qualification_versions SET status = 'published', published_at = now(), published_by = $2 WHERE id = $1 AND status = 'draft'`,
      [versionId, userId],
    );
  }
}

function storedQualification(raw: RawRow): StoredQualification {
  return {
    id: text(raw, 'id'),
    awardingBody: nullableText(raw, 'awardingBody'),
    code: nullableText(raw, 'code'),
    title: text(raw, 'title'),
  };
}

function storedVersion(raw: RawRow): StoredVersion {
  return {
    id: text(raw, 'id'),
    qualificationId: text(raw, 'qualificationId'),
    number: int(raw, 'number'),
    status: oneOf(raw, 'status', ['draft', 'published']),
    // Validated against the catalogue's rules when it was imported or edited.
    document: storedJson<QualificationDocument>(raw, 'document'),
    contentHash: text(raw, 'contentHash'),
    createdAt: timestamp(raw, 'createdAt').toISOString(),
    publishedAt: nullableTimestamp(raw, 'publishedAt')?.toISOString() ?? null,
    publishedBy: nullableText(raw, 'publishedBy'),
  };
}
