import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute } from '../database/typed-query';

export interface AuditEntry {
  actorId: string | null;
  requestId?: string | null;
  centreId?: string | null;
  /** `capability.verb`, e.g. `user.disabled`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes audit events inside the caller's transaction, so a change and its record land together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await execute(
      manager,
      `INSERT INTO audit_events (actor_id, centre_id, action, subject_type, subject_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.actorId,
        entry.centreId ?? null,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
        entry.requestId ?? null,
      ],
    );
  }

  /** Several events in one statement, chained in the order given; nothing when none is given. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const column = <T>(value: (entry: AuditEntry) => T) => entries.map(value);
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    await execute(
      manager,
      `INSERT INTO audit_events (actor_id, centre_id, action, subject_type, subject_id, before, after, request_id)
       SELECT actor_id, centre_id, action, subject_type, subject_id, before, after, request_id
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[])
              WITH ORDINALITY AS entry (actor_id, centre_id, action, subject_type, subject_id, before, after, request_id, position)
        ORDER BY position`,
      [
        column((entry) => entry.actorId),
        column((entry) => entry.centreId ?? null),
        column((entry) => entry.action),
        column((entry) => entry.subjectType),
        column((entry) => entry.subjectId),
        column((entry) => json(entry.before)),
        column((entry) => json(entry.after)),
        column((entry) => entry.requestId ?? null),
      ],
    );
  }
}
