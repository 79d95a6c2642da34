import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSESSMENT_METHOD_KEYS,
  ENROLMENT_STATUSES,
  DECLARANT_ROLES,
  EVIDENCE_ORIGINS,
  EVIDENCE_STATUSES,
  type AssessmentDecision,
  type AssessmentMethod,
  type DeclarantRole,
  type EvidenceContent,
  type EvidenceFilter,
  type EvidenceOrigin,
  type EvidenceSort,
  type EvidenceStatus,
  type EvidenceVersion,
  type Page,
  type RecordCountersignature,
  type SortQuery,
} from '@signoff/contracts';
import type { EvidenceTransition } from '@signoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { evidenceInReach, fileInReach, reachParameters, type Reach } from '../access/reach';
import { decisionKind, STORED_DECISIONS } from '../assessment/stored-decision';
import { asName, listOrder } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import {
  bool,
  evidenceClaim,
  float,
  int,
  jsonTimestamp,
  nullableObject,
  nullableText,
  object,
  objectList,
  oneOf,
  personRef,
  text,
  textList,
  timestamp,
  type RawRow,
} from '../database/row-readers';
import { changedRows, execute, queryFirst, queryRows } from '../database/typed-query';
import type { EnrolmentFacts } from '../enrolments/enrolments.service';

export interface StoredItem {
  id: string;
  enrolmentId: string;
  origin: EvidenceOrigin;
  author: { id: string; displayName: string };
}

export interface StoredVersion extends EvidenceVersion {
  id: string;
}

export interface ListedItem extends StoredItem {
  version: number;
  status: EvidenceStatus;
  method: AssessmentMethod;
  title: string;
  activityDate: string;
  claims: EvidenceVersion['claims'];
  fileCount: number;
  updatedAt: string;
  feedback: string | null;
}

/** An item the asking person may see, with what its enrolment says of who may act on it. */
export interface VisibleItem {
  item: StoredItem;
  enrolment: EnrolmentFacts;
}

/**
 * An item's page: its versions, the decisions and countersignatures on them newest first, its
 * centre's method code.
 */
export interface ItemRecord {
  versions: StoredVersion[];
  decisions: AssessmentDecision[];
  countersignatures: RecordCountersignature[];
  /** The centre's own code for the newest version's method, if it has one. */
  centreMethodCode: string | null;
}

/** A stored file as a download reads it. */
export interface StoredFile {
  storageKey: string;
  size: number;
  mediaType: string;
  previewable: boolean;
  originalName: string;
}

const VERSION_COLUMNS = `
         v.id, v.number, v.status, v.method, v.title, v.narrative, to_char(v.activity_date, 'YYYY-MM-DD') AS "activityDate",
         v.claims, v.created_at AS "createdAt", v.updated_at AS "updatedAt",
         coalesce((SELECT json_agg(json_build_object('id', f.id, 'name', f.original_name, 'mediaType', f.media_type, 'size', f.size,
                                                     'sha256', f.sha256, 'previewable', f.previewable, 'uploadedAt', f.uploaded_at)
                                   ORDER BY vf.position)
                     FROM evidence_version_files vf JOIN stored_files f ON f.id = vf.file_id WHERE vf.version_id = v.id), '[]'::json) AS files,
         CASE WHEN v.setting IS NOT NULL
              THEN json_build_object('setting', v.setting, 'startTime', to_char(v.start_time, 'HH24:MI'), 'endTime', to_char(v.end_time, 'HH24:MI'))
         END AS observation,
         CASE WHEN v.witness_name IS NOT NULL
              THEN json_build_object('name', v.witness_name, 'jobRole', v.witness_job_role, 'relationship', v.witness_relationship,
                                     'expert', v.witness_expert)
         END AS witness,
         (SELECT json_build_object('declarant', json_build_object('id', u.id, 'displayName', coalesce(u.display_name, d.declarant_name),
                                                                  'role', d.declared_as),
                                   'declaredAt', d.declared_at, 'statement', d.statement, 'sha256', d.sha256)
            FROM declarations d LEFT JOIN users u ON u.id = d.declared_by WHERE d.version_id = v.id) AS declaration`;

const VERSION = `SELECT ${VERSION_COLUMNS} FROM evidence_versions v`;

const EVIDENCE_ORDER: Record<EvidenceSort, string> = {
  title: asName('v.title'),
  method: 'v.method',
  activityDate: 'v.activity_date',
  status: 'v.status',
  updatedAt: 'v.updated_at',
};

@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Each item of an enrolment as its newest version stands, filtered. Without drafts, an item
   * shows its newest submitted version, and one never submitted does not show at all.
   */
  async findByEnrolment(
    enrolmentId: string,
    filter: EvidenceFilter & SortQuery<EvidenceSort>,
    withDrafts: boolean,
    page: PageRequest,
  ): Promise<Page<ListedItem>> {
    const claim =
      filter.unit === undefined
        ? null
        : JSON.stringify([
            {
              unit: filter.unit,
              ...(filter.outcome === undefined ? {} : { outcome: filter.outcome }),
            },
          ]);
    return queryPage(
      this.db,
      `SELECT i.id, i.enrolment_id AS "enrolmentId", i.origin, json_build_object('id', a.id, 'displayName', a.display_name) AS author,
              v.number AS version, v.status, v.method, v.title, to_char(v.activity_date, 'YYYY-MM-DD') AS "activityDate", v.claims,
              (SELECT count(*)::int FROM evidence_version_files vf WHERE vf.version_id = v.id) AS "fileCount", v.updated_at AS "updatedAt",
              (SELECT d.feedback FROM assessment_decisions d WHERE d.version_id = v.id
                ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) AS feedback
         FROM evidence_items i
         JOIN users a ON a.id = i.author_id
         JOIN LATERAL (SELECT * FROM evidence_versions WHERE item_id = i.id AND ($5 OR status <> 'draft')
                        ORDER BY number DESC LIMIT 1) v ON true
        WHERE i.enrolment_id = $1
          AND ($2::jsonb IS NULL OR v.claims @> $2::jsonb)
          AND ($3::text IS NULL OR v.method = $3)
          AND ($4::text IS NULL OR v.status = $4)`,
      listOrder(EVIDENCE_ORDER, 'v.activity_date DESC, v.updated_at DESC, i.id', filter),
      [enrolmentId, claim, filter.method ?? null, filter.status ?? null, withDrafts],
      page,
      (raw) => ({
        ...storedItem(raw),
        version: int(raw, 'version'),
        status: oneOf(raw, 'status', EVIDENCE_STATUSES),
        method: oneOf(raw, 'method', ASSESSMENT_METHOD_KEYS),
        title: text(raw, 'title'),
        activityDate: text(raw, 'activityDate'),
        claims: objectList(raw, 'claims', evidenceClaim),
        fileCount: int(raw, 'fileCount'),
        updatedAt: timestamp(raw, 'updatedAt').toISOString(),
        feedback: nullableText(raw, 'feedback'),
      }),
    );
  }

  /**
   * The item with its enrolment's facts, when the one asking may see it (`evidenceInReach`):
   * asked and read in one statement.
   */
  async findVisibleItem(reach: Reach, itemId: string): Promise<VisibleItem | null> {
    return queryFirst(
      this.db,
      `SELECT i.id, i.enrolment_id AS "enrolmentId", i.origin, json_build_object('id', a.id, 'displayName', a.display_name) AS author,
              json_build_object('id', e.id, 'centreId', e.centre_id, 'status', e.status,
                                'qualificationVersionId', e.qualification_version_id, 'plannedUnits', e.planned_units,
                                'learner', json_build_object('id', l.id, 'displayName', l.display_name),
                                'assessor', json_build_object('id', s.id, 'displayName', s.display_name)) AS enrolment
         FROM evidence_items i
         JOIN users a ON a.id = i.author_id
         JOIN enrolments e ON e.id = i.enrolment_id
         JOIN users l ON l.id = e.learner_id
         JOIN enrolment_assignments r ON r.enrolment_id = e.id AND r.role = 'assessor' AND r.ended_at IS NULL
         JOIN users s ON s.id = r.user_id
        WHERE i.id = $6 AND ${evidenceInReach('i', 'e')}`,
      [...reachParameters(reach), itemId],
      (raw) => ({ item: storedItem(raw), enrolment: object(raw, 'enrolment', enrolmentFacts) }),
    );
  }

  async findVersions(
    itemId: string,
    withDrafts: boolean,
    manager: EntityManager = this.db.manager,
  ): Promise<StoredVersion[]> {
    return queryRows(
      manager,
      `${VERSION} WHERE v.item_id = $1 AND ($2 OR v.status <> 'draft') ORDER BY v.number`,
      [itemId, withDrafts],
      storedVersion,
    );
  }

  /**
   * What the item's page shows, in one statement: its versions as `findVersions` reads them,
   * each with the decisions on it and the code the centre ($3) gives its method. Only an item's
   * newest version is ever decided on, so newest version first is newest decision first.
   */
  async findRecord(itemId: string, withDrafts: boolean, centreId: string): Promise<ItemRecord> {
    const rows = await queryRows(
      this.db,
      `SELECT ${VERSION_COLUMNS},
              (SELECT c.code FROM centre_method_codes c WHERE c.centre_id = $3 AND c.method = v.method) AS "centreMethodCode",
              coalesce((SELECT json_agg(json_build_object('id', d.id, 'version', v.number, 'decision', d.decision, 'feedback', d.feedback,
                                                          'mapping', d.mapping, 'decidedAt', d.decided_at,
                                                          'assessor', json_build_object('id', u.id, 'displayName', u.display_name))
                                        ORDER BY d.decided_at DESC, d.id DESC)
                          FROM assessment_decisions d JOIN users u ON u.id = d.assessor_id WHERE d.version_id = v.id), '[]'::json) AS decisions,
              (SELECT json_build_object('id', c.id, 'version', v.number, 'agreed', c.agreed, 'comment', c.comment, 'statement', c.statement,
                                        'signedAt', c.signed_at, 'sha256', c.sha256,
                                        'learner', json_build_object('id', u.id, 'displayName', u.display_name))
                 FROM evidence_countersignatures c JOIN users u ON u.id = c.learner_id WHERE c.version_id = v.id) AS countersignature
         FROM evidence_versions v WHERE v.item_id = $1 AND ($2 OR v.status <> 'draft') ORDER BY v.number`,
      [itemId, withDrafts, centreId],
      (raw) => ({
        version: storedVersion(raw),
        centreMethodCode: nullableText(raw, 'centreMethodCode'),
        decisions: objectList(raw, 'decisions', assessmentDecision),
        countersignature: nullableObject(raw, 'countersignature', recordCountersignature),
      }),
    );
    return {
      versions: rows.map(({ version }) => version),
      decisions: [...rows].reverse().flatMap(({ decisions }) => decisions),
      countersignatures: [...rows]
        .reverse()
        .flatMap(({ countersignature }) => (countersignature === null ? [] : [countersignature])),
      centreMethodCode: rows[rows.length - 1]?.centreMethodCode ?? null,
    };
  }

  async findCurrentVersion(
    itemId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<StoredVersion> {
    const [current] = await queryRows(
      manager,
      `${VERSION} WHERE v.item_id = $1 ORDER BY v.number DESC LIMIT 1`,
      [itemId],
      storedVersion,
    );
    return current;
  }

  /** Locks the item while its versions change. */
  async lockItem(manager: EntityManager, itemId: string): Promise<void> {
    await execute(manager, `SELECT 1 FROM evidence_items WHERE id = $1 FOR UPDATE`, [itemId]);
  }

  async insertItem(
    manager: EntityManager,
    enrolmentId: string,
    authorId: string,
    content: EvidenceContent,
  ): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO evidence_items (enrolment_id, author_id) VALUES ($1, $2) RETURNING id`,
      [enrolmentId, authorId],
      (raw) => text(raw, 'id'),
    );
    await execute(
      manager,
      `INSERT INTO evidence_versions (item_id, number, status, method, title, narrative, activity_date, claims)
       VALUES ($1, 1, 'draft', $2, $3, $4, $5, $6)`,
      [
        id,
        content.method,
        content.title,
        content.narrative,
        content.activityDate,
        JSON.stringify(content.claims),
      ],
    );
    return id;
  }

  async updateDraft(
    manager: EntityManager,
    versionId: string,
    content: EvidenceContent,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE evidence_versions SET method = $2, title = $3, narrative = $4, activity_date = $5, claims = $6, updated_at = now()
        WHERE id = $1 AND status = 'draft'`,
      [
        versionId,
        content.method,
        content.title,
        content.narrative,
        content.activityDate,
        JSON.stringify(content.claims),
      ],
    );
  }

  /** Moves a version's status as the transition table says; the database allows no other move. */
  async moveStatus(
    manager: EntityManager,
    versionId: string,
    move: EvidenceTransition,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE evidence_versions SET status = $3, updated_at = now() WHERE id = $1 AND status = $2`,
      [versionId, move.from, move.to],
    );
  }

  /**
   * The declaration of a version: by its learner, by the assessor who wrote the record (with the
   * Idempotency-Key of their signing request), or by a witness, who has no account (`declaredBy`
   * null, `declarantName` as they gave it).
   */
  async insertDeclaration(
    manager: EntityManager,
    declaration: {
      versionId: string;
      declaredAs: DeclarantRole;
      declaredBy: string | null;
      declarantName?: string;
      idempotencyKey?: string;
      statement: string;
      declaredAt: string;
      sha256: string;
    },
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO declarations (version_id, declared_as, declared_by, declarant_name, idempotency_key, statement, declared_at, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        declaration.versionId,
        declaration.declaredAs,
        declaration.declaredBy,
        declaration.declarantName ?? null,
        declaration.idempotencyKey ?? null,
        declaration.statement,
        declaration.declaredAt,
        declaration.sha256,
      ],
    );
  }

  /** A new version (a draft, by the table) carrying the referred one's content and files. */
  async insertRevision(
    manager: EntityManager,
    from: StoredVersion,
    move: EvidenceTransition,
  ): Promise<void> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO evidence_versions (item_id, number, status, method, title, narrative, activity_date, claims)
       SELECT item_id, number + 1, $2, method, title, narrative, activity_date, claims FROM evidence_versions WHERE id = $1
       RETURNING id`,
      [from.id, move.to],
      (raw) => text(raw, 'id'),
    );
    await execute(
      manager,
      `INSERT INTO evidence_version_files (version_id, file_id, position) SELECT $1, file_id, position FROM evidence_version_files WHERE version_id = $2`,
      [id, from.id],
    );
  }

  async deleteDraftItem(manager: EntityManager, itemId: string): Promise<void> {
    await execute(manager, `DELETE FROM evidence_items WHERE id = $1`, [itemId]);
  }

  async insertFile(
    manager: EntityManager,
    versionId: string,
    file: {
      storageKey: string;
      sha256: string;
      size: number;
      mediaType: string;
      previewable: boolean;
      originalName: string;
      uploadedBy: string;
    },
  ): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO stored_files (storage_key, sha256, size, media_type, previewable, original_name, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        file.storageKey,
        file.sha256,
        file.size,
        file.mediaType,
        file.previewable,
        file.originalName,
        file.uploadedBy,
      ],
      (raw) => text(raw, 'id'),
    );
    await execute(
      manager,
      `INSERT INTO evidence_version_files (version_id, file_id, position)
       SELECT $1, $2, coalesce(max(position), 0) + 1 FROM evidence_version_files WHERE version_id = $1`,
      [versionId, id],
    );
    return id;
  }

  async countFiles(manager: EntityManager, versionId: string): Promise<number> {
    const [n] = await queryRows(
      manager,
      `SELECT count(*)::int AS n FROM evidence_version_files WHERE version_id = $1`,
      [versionId],
      (raw) => int(raw, 'n'),
    );
    return n;
  }

  /** Takes a file off a draft; returns the storage key when no version holds it any more. */
  async unlinkFile(
    manager: EntityManager,
    versionId: string,
    fileId: string,
  ): Promise<{ removed: boolean; orphanKey: string | null }> {
    const removed = await changedRows(
      manager,
      `DELETE FROM evidence_version_files WHERE version_id = $1 AND file_id = $2 RETURNING 1`,
      [versionId, fileId],
      () => true,
    );
    if (removed.length === 0) return { removed: false, orphanKey: null };
    const [orphanKey] = await changedRows(
      manager,
      `DELETE FROM stored_files f WHERE f.id = $1 AND NOT EXISTS (SELECT 1 FROM evidence_version_files WHERE file_id = f.id)
       RETURNING storage_key AS "storageKey"`,
      [fileId],
      (raw) => text(raw, 'storageKey'),
    );
    return { removed: true, orphanKey: orphanKey ?? null };
  }

  /** The file, when the one asking may read it (`fileInReach`): asked and read in one statement. */
  async findReadableFile(reach: Reach, fileId: string): Promise<StoredFile | null> {
    return this.fileWhere(`f.id = $6 AND ${fileInReach('f')}`, [...reachParameters(reach), fileId]);
  }

  /** A stored file by its storage key, for a signed address (which names the object, not the record). */
  async findFileByStorageKey(storageKey: string): Promise<StoredFile | null> {
    return this.fileWhere('f.storage_key = $1', [storageKey]);
  }

  private async fileWhere(condition: string, parameters: unknown[]): Promise<StoredFile | null> {
    return queryFirst(
      this.db,
      `SELECT f.storage_key AS "storageKey", f.size::float8 AS size, f.media_type AS "mediaType", f.previewable,
              f.original_name AS "originalName"
         FROM stored_files f WHERE ${condition}`,
      parameters,
      (raw) => ({ ...fileFacts(raw), storageKey: text(raw, 'storageKey') }),
    );
  }

  async centreMethodCodes(centreId: string): Promise<Map<string, string>> {
    const rows = await queryRows(
      this.db,
      `SELECT method, code FROM centre_method_codes WHERE centre_id = $1`,
      [centreId],
      (raw) => ({ method: text(raw, 'method'), code: text(raw, 'code') }),
    );
    return new Map(rows.map((row) => [row.method, row.code]));
  }

  /**
   * A witness's testimony: an item of origin `witness`, written down as submitted at once. The
   * witness declares it as they send it and has no draft to keep, and the item's author (the one
   * who asked) never changes it; the version trigger guards only updates and deletes, so what is
   * inserted as submitted is frozen from its first moment.
   */
  async insertWitnessItem(
    manager: EntityManager,
    enrolmentId: string,
    authorId: string,
    content: EvidenceContent,
    witness: NonNullable<EvidenceVersion['witness']>,
  ): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO evidence_items (enrolment_id, author_id, origin) VALUES ($1, $2, 'witness') RETURNING id`,
      [enrolmentId, authorId],
      (raw) => text(raw, 'id'),
    );
    await execute(
      manager,
      `INSERT INTO evidence_versions (item_id, number, status, method, title, narrative, activity_date, claims,
                                      witness_name, witness_job_role, witness_relationship, witness_expert)
       VALUES ($1, 1, 'submitted', $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        content.method,
        content.title,
        content.narrative,
        content.activityDate,
        JSON.stringify(content.claims),
        witness.name,
        witness.jobRole,
        witness.relationship,
        witness.expert,
      ],
    );
    return id;
  }
}

function storedItem(raw: RawRow): StoredItem {
  return {
    id: text(raw, 'id'),
    enrolmentId: text(raw, 'enrolmentId'),
    origin: oneOf(raw, 'origin', EVIDENCE_ORIGINS),
    author: object(raw, 'author', personRef),
  };
}

function enrolmentFacts(raw: RawRow): EnrolmentFacts {
  return {
    id: text(raw, 'id'),
    centreId: text(raw, 'centreId'),
    status: oneOf(raw, 'status', ENROLMENT_STATUSES),
    qualificationVersionId: text(raw, 'qualificationVersionId'),
    plannedUnits: textList(raw, 'plannedUnits'),
    learner: object(raw, 'learner', personRef),
    assessor: object(raw, 'assessor', personRef),
  };
}

function assessmentDecision(raw: RawRow): AssessmentDecision {
  return {
    id: text(raw, 'id'),
    version: int(raw, 'version'),
    decision: decisionKind(oneOf(raw, 'decision', STORED_DECISIONS)),
    feedback: nullableText(raw, 'feedback'),
    mapping: objectList(raw, 'mapping', evidenceClaim),
    assessor: object(raw, 'assessor', personRef),
    decidedAt: jsonTimestamp(raw, 'decidedAt'),
  };
}

function recordCountersignature(raw: RawRow): RecordCountersignature {
  return {
    id: text(raw, 'id'),
    version: int(raw, 'version'),
    learner: object(raw, 'learner', personRef),
    agreed: bool(raw, 'agreed'),
    comment: nullableText(raw, 'comment'),
    statement: text(raw, 'statement'),
    signedAt: jsonTimestamp(raw, 'signedAt'),
    sha256: text(raw, 'sha256'),
  };
}

function storedVersion(raw: RawRow): StoredVersion {
  return {
    id: text(raw, 'id'),
    number: int(raw, 'number'),
    status: oneOf(raw, 'status', EVIDENCE_STATUSES),
    method: oneOf(raw, 'method', ASSESSMENT_METHOD_KEYS),
    title: text(raw, 'title'),
    narrative: text(raw, 'narrative'),
    activityDate: text(raw, 'activityDate'),
    claims: objectList(raw, 'claims', evidenceClaim),
    createdAt: timestamp(raw, 'createdAt').toISOString(),
    updatedAt: timestamp(raw, 'updatedAt').toISOString(),
    files: objectList(raw, 'files', (file) => ({
      id: text(file, 'id'),
      name: text(file, 'name'),
      mediaType: text(file, 'mediaType'),
      size: int(file, 'size'),
      sha256: text(file, 'sha256'),
      previewable: bool(file, 'previewable'),
      uploadedAt: jsonTimestamp(file, 'uploadedAt'),
    })),
    observation: nullableObject(raw, 'observation', (observation) => ({
      setting: text(observation, 'setting'),
      startTime: text(observation, 'startTime'),
      endTime: text(observation, 'endTime'),
    })),
    witness: nullableObject(raw, 'witness', (witness) => ({
      name: text(witness, 'name'),
      jobRole: text(witness, 'jobRole'),
      relationship: text(witness, 'relationship'),
      expert: bool(witness, 'expert'),
    })),
    declaration: nullableObject(raw, 'declaration', (declaration) => ({
      declarant: object(declaration, 'declarant', (declarant) => ({
        id: nullableText(declarant, 'id'),
        displayName: text(declarant, 'displayName'),
        role: oneOf(declarant, 'role', DECLARANT_ROLES),
      })),
      declaredAt: jsonTimestamp(declaration, 'declaredAt'),
      statement: text(declaration, 'statement'),
      sha256: text(declaration, 'sha256'),
    })),
  };
}

/** What a download or preview needs to know of a stored file. */
const fileFacts = (raw: RawRow) => ({
  size: float(raw, 'size'),
  mediaType: text(raw, 'mediaType'),
  previewable: bool(raw, 'previewable'),
  originalName: text(raw, 'originalName'),
});
