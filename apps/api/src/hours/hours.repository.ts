import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HOUR_REVIEW_DECISIONS,
  type HourEntryContent,
  type HourReview,
  type HourReviewDecision,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  int,
  jsonTimestamp,
  nullableText,
  objectList,
  oneOf,
  text,
  timestamp,
  type RawRow,
} from '../database/row-readers';
import {
  execute,
  queryExists,
  queryFirst,
  queryRows,
  type Queryable,
} from '../database/typed-query';

export interface StoredHourEntry extends HourEntryContent {
  id: string;
  revision: number;
  corrects: string | null;
  correctedBy: string | null;
  /** Its evidence's title, when the reader may see the item; null otherwise. */
  evidenceTitle: string | null;
  loggedAt: Date;
  changedAt: Date;
  /** Newest first. */
  reviews: HourReview[];
}

export interface StoredHourCategory {
  key: string;
  title: string;
}

const ENTRY_COLUMNS = `
  h.id, to_char(h.worked_on, 'YYYY-MM-DD') AS "date", h.minutes, h.activity, h.category,
  h.evidence_item_id AS "evidenceItemId", h.corrects, h.revision,
  h.created_at AS "loggedAt", h.changed_at AS "changedAt",
  (SELECT c.id FROM hour_entries c WHERE c.corrects = h.id) AS "correctedBy",
  (SELECT v.title FROM evidence_items i JOIN evidence_versions v ON v.item_id = i.id
    WHERE i.id = h.evidence_item_id AND (i.author_id = $2 OR v.status <> 'draft')
    ORDER BY v.number DESC LIMIT 1
  ) AS "evidenceTitle",
  COALESCE((SELECT json_agg(json_build_object(
              'id', r.id, 'decision', r.decision, 'comment', r.comment, 'revision', r.revision,
              'decidedAt', r.decided_at, 'assessorId', u.id, 'assessorName', u.display_name)
            ORDER BY r.decided_at DESC, r.revision DESC)
              FROM hour_entry_reviews r JOIN users u ON u.id = r.assessor_id
             WHERE r.entry_id = h.id), '[]') AS reviews`;

function entryRow(raw: RawRow): StoredHourEntry {
  return {
    id: text(raw, 'id'),
    date: text(raw, 'date'),
    minutes: int(raw, 'minutes'),
    activity: text(raw, 'activity'),
    category: text(raw, 'category'),
    evidenceItemId: nullableText(raw, 'evidenceItemId'),
    corrects: nullableText(raw, 'corrects'),
    correctedBy: nullableText(raw, 'correctedBy'),
    revision: int(raw, 'revision'),
    evidenceTitle: nullableText(raw, 'evidenceTitle'),
    loggedAt: timestamp(raw, 'loggedAt'),
    changedAt: timestamp(raw, 'changedAt'),
    reviews: objectList(raw, 'reviews', (review) => ({
      id: text(review, 'id'),
      decision: oneOf(review, 'decision', HOUR_REVIEW_DECISIONS),
      comment: nullableText(review, 'comment'),
      revision: int(review, 'revision'),
      decidedAt: jsonTimestamp(review, 'decidedAt'),
      assessor: { id: text(review, 'assessorId'), displayName: text(review, 'assessorName') },
    })),
  };
}

/** Named queries of hours: entries, their reviews, targets and a centre's categories. */
@Injectable()
export class HoursRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The enrolment's entries, newest worked first, as `readerId` may read their evidence. */
  findEntries(enrolmentId: string, readerId: string): Promise<StoredHourEntry[]> {
    return queryRows(
      this.db,
      `SELECT ${ENTRY_COLUMNS} FROM hour_entries h
        WHERE h.enrolment_id = $1 ORDER BY h.worked_on DESC, h.created_at DESC`,
      [enrolmentId, readerId],
      entryRow,
    );
  }

  /** One entry of the enrolment, locked until the transaction ends; null when it is not one. */
  findEntryForWrite(
    manager: EntityManager,
    enrolmentId: string,
    entryId: string,
    readerId: string,
  ): Promise<StoredHourEntry | null> {
    return queryFirst(
      manager,
      `SELECT ${ENTRY_COLUMNS} FROM hour_entries h
        WHERE h.id = $3 AND h.enrolment_id = $1 FOR UPDATE OF h`,
      [enrolmentId, readerId, entryId],
      entryRow,
    );
  }

  /** Whether the evidence item belongs to the enrolment. */
  isEvidenceOf(db: Queryable, enrolmentId: string, itemId: string): Promise<boolean> {
    return queryExists(db, `SELECT 1 FROM evidence_items WHERE id = $1 AND enrolment_id = $2`, [
      itemId,
      enrolmentId,
    ]);
  }

  async insertEntry(
    manager: EntityManager,
    entry: HourEntryContent & { enrolmentId: string; learnerId: string; corrects: string | null },
  ): Promise<string> {
    const id = await queryFirst(
      manager,
      `INSERT INTO hour_entries (enrolment_id, learner_id, worked_on, minutes, activity, category, evidence_item_id, corrects)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        entry.enrolmentId,
        entry.learnerId,
        entry.date,
        entry.minutes,
        entry.activity,
        entry.category,
        entry.evidenceItemId,
        entry.corrects,
      ],
      (raw) => text(raw, 'id'),
    );
    if (id === null) throw new Error('An hours entry was inserted but not returned');
    return id;
  }

  /** The entry's next revision: what the learner now says of it. */
  updateEntry(manager: EntityManager, entryId: string, content: HourEntryContent): Promise<void> {
    return execute(
      manager,
      `UPDATE hour_entries
          SET worked_on = $2, minutes = $3, activity = $4, category = $5, evidence_item_id = $6,
              revision = revision + 1, changed_at = now()
        WHERE id = $1`,
      [
        entryId,
        content.date,
        content.minutes,
        content.activity,
        content.category,
        content.evidenceItemId,
      ],
    );
  }

  insertReview(
    manager: EntityManager,
    review: {
      entryId: string;
      revision: number;
      assessorId: string;
      decision: HourReviewDecision;
      comment: string | null;
    },
  ): Promise<void> {
    return execute(
      manager,
      `INSERT INTO hour_entry_reviews (entry_id, revision, assessor_id, decision, comment)
       VALUES ($1, $2, $3, $4, $5)`,
      [review.entryId, review.revision, review.assessorId, review.decision, review.comment],
    );
  }

  /** Targets a centre admin set for the enrolment, in minutes, by category. */
  async findTargets(enrolmentId: string): Promise<Map<string, number>> {
    const rows = await queryRows(
      this.db,
      `SELECT category, minutes FROM hour_targets WHERE enrolment_id = $1`,
      [enrolmentId],
      (raw) => [text(raw, 'category'), int(raw, 'minutes')] as const,
    );
    return new Map(rows);
  }

  setTarget(
    manager: EntityManager,
    target: { enrolmentId: string; category: string; minutes: number | null; setBy: string },
  ): Promise<void> {
    if (target.minutes === null)
      return execute(
        manager,
        `DELETE FROM hour_targets WHERE enrolment_id = $1 AND category = $2`,
        [target.enrolmentId, target.category],
      );
    return execute(
      manager,
      `INSERT INTO hour_targets (enrolment_id, category, minutes, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enrolment_id, category)
       DO UPDATE SET minutes = EXCLUDED.minutes, set_by = EXCLUDED.set_by, set_at = now()`,
      [target.enrolmentId, target.category, target.minutes, target.setBy],
    );
  }

  /** The centre's own categories, oldest first. */
  findCentreCategories(db: Queryable, centreId: string): Promise<StoredHourCategory[]> {
    return queryRows(
      db,
      `SELECT key, title FROM centre_hour_categories WHERE centre_id = $1 ORDER BY created_at, key`,
      [centreId],
      (raw) => ({ key: text(raw, 'key'), title: text(raw, 'title') }),
    );
  }

  /** Which of these categories entries at the centre use. */
  async categoriesInUse(db: Queryable, centreId: string, keys: string[]): Promise<Set<string>> {
    const rows = await queryRows(
      db,
      `SELECT DISTINCT h.category FROM hour_entries h JOIN enrolments e ON e.id = h.enrolment_id
        WHERE e.centre_id = $1 AND h.category = ANY($2::text[])`,
      [centreId, keys],
      (raw) => text(raw, 'category'),
    );
    return new Set(rows);
  }

  /** The centre's own categories become exactly these, each keeping when it was first added. */
  async replaceCentreCategories(
    manager: EntityManager,
    centreId: string,
    categories: StoredHourCategory[],
  ): Promise<void> {
    await execute(
      manager,
      `DELETE FROM centre_hour_categories WHERE centre_id = $1 AND NOT (key = ANY($2::text[]))`,
      [centreId, categories.map(({ key }) => key)],
    );
    for (const { key, title } of categories)
      await execute(
        manager,
        `INSERT INTO centre_hour_categories (centre_id, key, title) VALUES ($1, $2, $3)
         ON CONFLICT (centre_id, key) DO UPDATE SET title = EXCLUDED.title`,
        [centreId, key, title],
      );
  }
}
