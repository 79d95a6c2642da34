import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, type Membership } from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { bool, nullableText, objectList, oneOf, text, timestamp } from '../database/row-readers';
import { execute, queryFirst } from '../database/typed-query';

export interface LoginCandidate {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  disabled: boolean;
}

export interface SessionHolder {
  userId: string;
  email: string;
  displayName: string;
  memberships: Membership[];
  lastSeenAt: Date;
}

/** The user `u` belongs to a centre where they are not suspended. */
export const ACTIVE_SOMEWHERE = `EXISTS (SELECT 1 FROM centre_members a WHERE a.user_id = u.id AND a.suspended_at IS NULL)`;

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Suspended at every centre they belong to (or belonging to none) reads as a disabled account. */
  async findLoginCandidate(email: string): Promise<LoginCandidate | null> {
    return queryFirst(
      this.db,
      `SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash",
              NOT ${ACTIVE_SOMEWHERE} AS disabled
         FROM users u WHERE email = $1`,
      [email.trim().toLowerCase()],
      (raw) => ({
        id: text(raw, 'id'),
        email: text(raw, 'email'),
        displayName: text(raw, 'displayName'),
        passwordHash: nullableText(raw, 'passwordHash'),
        disabled: bool(raw, 'disabled'),
      }),
    );
  }

  async findPasswordHash(userId: string): Promise<string | null> {
    const hash = await queryFirst(
      this.db,
      `SELECT password_hash AS "passwordHash" FROM users WHERE id = $1`,
      [userId],
      (raw) => nullableText(raw, 'passwordHash'),
    );
    return hash ?? null;
  }

  /**
   * The live session's holder: unexpired, within its absolute lifetime, not suspended everywhere;
   * with the roles of the centres where they are not suspended, so a suspension counts at once.
   */
  async findSessionHolder(tokenHash: string, absoluteHours: number): Promise<SessionHolder | null> {
    return queryFirst(
      this.db,
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", s.last_seen_at AS "lastSeenAt",
              coalesce((SELECT json_agg(json_build_object('centreId', c.id, 'centreName', c.name, 'role', m.role)
                                 ORDER BY c.name, m.role)
                          FROM memberships m JOIN centres c ON c.id = m.centre_id
                          JOIN centre_members cm ON cm.user_id = m.user_id AND cm.centre_id = m.centre_id
                         WHERE m.user_id = u.id AND cm.suspended_at IS NULL), '[]'::json) AS memberships
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1
          AND s.expires_at > now()
          AND s.created_at > now() - make_interval(hours => $2)
          AND ${ACTIVE_SOMEWHERE}`,
      [tokenHash, absoluteHours],
      (raw) => ({
        userId: text(raw, 'userId'),
        email: text(raw, 'email'),
        displayName: text(raw, 'displayName'),
        lastSeenAt: timestamp(raw, 'lastSeenAt'),
        memberships: objectList(raw, 'memberships', (membership) => ({
          centreId: text(membership, 'centreId'),
          centreName: text(membership, 'centreName'),
          role: oneOf(membership, 'role', ROLES),
        })),
      }),
    );
  }

  async insertSession(
    manager: EntityManager,
    tokenHash: string,
    userId: string,
    idleHours: number,
  ): Promise<void> {
    await execute(
      manager,
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
      [tokenHash, userId, idleHours],
    );
  }

  async extendSession(tokenHash: string, idleHours: number): Promise<void> {
    await execute(
      this.db,
      `UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2) WHERE token_hash = $1`,
      [tokenHash, idleHours],
    );
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await execute(this.db, `DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }

  /** Ends every session of the user; used on any password change. */
  async deleteSessionsOf(manager: EntityManager, userId: string): Promise<void> {
    await execute(manager, `DELETE FROM sessions WHERE user_id = $1`, [userId]);
  }

  /** Ends the user's sessions once no centre they belong to lets them in. */
  async deleteSessionsIfSuspendedEverywhere(manager: EntityManager, userId: string): Promise<void> {
    await execute(
      manager,
      `DELETE FROM sessions s USING users u
        WHERE s.user_id = $1 AND u.id = s.user_id AND NOT ${ACTIVE_SOMEWHERE}`,
      [userId],
    );
  }

  async deleteExpiredSessions(absoluteHours: number): Promise<void> {
    await execute(
      this.db,
      `DELETE FROM sessions WHERE expires_at <= now() OR created_at <= now() - make_interval(hours => $1)`,
      [absoluteHours],
    );
  }
}
