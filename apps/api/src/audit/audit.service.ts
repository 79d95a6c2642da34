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
}
