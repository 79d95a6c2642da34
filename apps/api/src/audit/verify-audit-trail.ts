import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface AuditTrailCheck {
  events: number;
  /** The newest event's hash: written down elsewhere, it anchors everything before it. */
  head: { id: string; hash: string; occurredAt: string } | null;
  /** The first event whose link or content does not match, or null when the chain holds. */
  broken: { id: string; reason: string } | null;
}
import { nullableText, text } from '../database/row-readers';
import { queryRows } from '../database/typed-query';

const GENESIS = '0'.repeat(64);

/*
 * Ordered by the table's id, not the text id the query answers with ("10" sorts before "9").
 * The content each hash covers, exactly as the audit_events_chain trigger (migrations
 * 1763900000000 and 1764200000000) builds it; the hash itself is recomputed here, outside the
 * database.
 */
const EVENTS = `
  SELECT id::text, previous_hash AS "previousHash", hash,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
         concat_ws('|', previous_hash, id::text, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                   coalesce(actor_id::text, ''), coalesce(centre_id::text, ''), action, subject_type, subject_id,
                   coalesce(before::text, ''), coalesce(after::text, ''), coalesce(request_id, '')) AS content
    FROM audit_events WHERE id > $1 ORDER BY audit_events.id LIMIT $2`;

/**
 * Walks the whole audit trail in id order, a batch at a time, and checks that each event names
 * the hash of the one before and that its own hash covers its content: rewriting, removing or
 * inserting an event anywhere breaks the chain from there on.
 */
export async function verifyAuditTrail(
  manager: EntityManager,
  batchSize = 5000,
): Promise<AuditTrailCheck> {
  let previous = GENESIS;
  let after = '0';
  let events = 0;
  let head: AuditTrailCheck['head'] = null;
  for (;;) {
    const rows = await queryRows(manager, EVENTS, [after, batchSize], (raw) => ({
      id: text(raw, 'id'),
      previousHash: nullableText(raw, 'previousHash'),
      hash: text(raw, 'hash'),
      occurredAt: text(raw, 'occurredAt'),
      content: text(raw, 'content'),
    }));
    for (const row of rows) {
      if (row.previousHash !== previous)
        return { events, head, broken: { id: row.id, reason: 'does not follow the event before' } };
      if (createHash('sha256').update(row.content, 'utf8').digest('hex') !== row.hash)
        return {
          events,
          head,
          broken: { id: row.id, reason: 'its content no longer matches its hash' },
        };
      previous = row.hash;
      events += 1;
      head = { id: row.id, hash: row.hash, occurredAt: row.occurredAt };
    }
    if (rows.length < batchSize) return { events, head, broken: null };
    after = rows[rows.length - 1].id;
  }
}
