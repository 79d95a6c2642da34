import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ROLES,
  type Page,
  type RoleGrant,
  type UserListQuery,
  type UserSort,
  type UserSummary,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { asName, everyWordIn, ListParameters, listOrder } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import { bool, objectList, oneOf, text, timestamp, type RawRow } from '../database/row-readers';
import { execute, queryFirst, queryRows } from '../database/typed-query';

/** `disabled`: suspended at every centre in $1 that they belong to. */
const SUMMARY = `
  SELECT u.id, u.email, u.display_name AS "displayName",
         coalesce((SELECT bool_and(s.suspended_at IS NOT NULL) FROM centre_members s
                    WHERE s.user_id = u.id AND s.centre_id = ANY($1::uuid[])), false) AS disabled,
         u.created_at AS "createdAt",
         coalesce((SELECT json_agg(json_build_object('centreId', c.id, 'centreName', c.name, 'role', m.role)
                            ORDER BY c.name, m.role)
                     FROM memberships m JOIN centres c ON c.id = m.centre_id
                    WHERE m.user_id = u.id AND m.centre_id = ANY($1::uuid[])), '[]'::json) AS roles
    FROM users u`;

/**
 * Users as an admin sees them: the members of the centres the admin administers, including those
 * with no role left there, so that they can be given one back or suspended.
 */
const VISIBLE = `EXISTS (SELECT 1 FROM centre_members v WHERE v.user_id = u.id AND v.centre_id = ANY($1::uuid[]))`;

const USER_ORDER: Record<UserSort, string> = {
  name: asName('u.display_name'),
  email: 'u.email',
  createdAt: 'u.created_at',
};

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The users an admin sees, narrowed by the list's search, role and centre. */
  async findVisible(
    centreIds: string[],
    query: UserListQuery,
    page: PageRequest,
  ): Promise<Page<UserSummary>> {
    const parameters = new ListParameters([centreIds]);
    const filters = [everyWordIn(`concat_ws(' ', u.search_name, u.email)`, query.q, parameters)];
    const centre = query.centre === undefined ? null : parameters.add(query.centre);
    if (query.role !== undefined) {
      filters.push(`EXISTS (SELECT 1 FROM memberships r
                             WHERE r.user_id = u.id AND r.role = ${parameters.add(query.role)}
                               AND r.centre_id = ANY($1::uuid[]) ${centre ? `AND r.centre_id = ${centre}` : ''})`);
    }
    if (centre !== null) {
      filters.push(
        `EXISTS (SELECT 1 FROM centre_members c WHERE c.user_id = u.id AND c.centre_id = ${centre})`,
      );
    }
    return queryPage(
      this.db,
      `${SUMMARY} WHERE ${VISIBLE} AND ${filters.join(' AND ')}`,
      listOrder(USER_ORDER, `${USER_ORDER.name}, u.email, u.id`, query),
      parameters.values,
      page,
      userSummary,
    );
  }

  /** After an access check: the user with their roles at these centres; null if there is none. */
  async findSummary(
    centreIds: string[],
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<UserSummary | null> {
    return queryFirst(manager, `${SUMMARY} WHERE u.id = $2`, [centreIds, userId], userSummary);
  }

  /** Ids, by (lower-case) email, of the accounts that belong to this centre. */
  async findIdsByEmailAt(centreId: string, emails: string[]): Promise<Map<string, string>> {
    const rows = await queryRows(
      this.db,
      `SELECT u.id, u.email FROM users u JOIN centre_members m ON m.user_id = u.id AND m.centre_id = $1
        WHERE u.email = ANY($2::text[])`,
      [centreId, emails],
      (raw) => ({ id: text(raw, 'id'), email: text(raw, 'email') }),
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /** The account with this email, and whether it belongs to any of these centres. */
  async findAccountByEmail(
    manager: EntityManager,
    email: string,
    centreIds: string[],
  ): Promise<{ id: string; belongsToCentres: boolean } | null> {
    return queryFirst(
      manager,
      `SELECT u.id, ${VISIBLE} AS "belongsToCentres" FROM users u WHERE u.email = $2`,
      [centreIds, email],
      (raw) => ({ id: text(raw, 'id'), belongsToCentres: bool(raw, 'belongsToCentres') }),
    );
  }

  async insertUser(manager: EntityManager, email: string, displayName: string): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO users (email, display_name) VALUES ($1, $2) RETURNING id`,
      [email, displayName],
      (raw) => text(raw, 'id'),
    );
    return id;
  }

  async findGrants(manager: EntityManager, userId: string): Promise<RoleGrant[]> {
    return queryRows(
      manager,
      `SELECT centre_id AS "centreId", role FROM memberships WHERE user_id = $1`,
      [userId],
      (raw) => ({ centreId: text(raw, 'centreId'), role: oneOf(raw, 'role', ROLES) }),
    );
  }

  /** Makes the person a member of each grant's centre (if not already), then grants the role. */
  async addGrants(manager: EntityManager, userId: string, grants: RoleGrant[]): Promise<void> {
    for (const grant of grants) {
      await execute(
        manager,
        `INSERT INTO centre_members (user_id, centre_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [userId, grant.centreId],
      );
      await execute(
        manager,
        `INSERT INTO memberships (user_id, centre_id, role) VALUES ($1, $2, $3)`,
        [userId, grant.centreId, grant.role],
      );
    }
  }

  /** Removes roles only: the person stays a member of the centre. */
  async removeGrants(manager: EntityManager, userId: string, grants: RoleGrant[]): Promise<void> {
    for (const grant of grants) {
      await execute(
        manager,
        `DELETE FROM memberships WHERE user_id = $1 AND centre_id = $2 AND role = $3`,
        [userId, grant.centreId, grant.role],
      );
    }
  }

  /** Every centre the person belongs to, administered by the caller or not. */
  async findMemberCentres(manager: EntityManager, userId: string): Promise<string[]> {
    return queryRows(
      manager,
      `SELECT centre_id AS "centreId" FROM centre_members WHERE user_id = $1`,
      [userId],
      (raw) => text(raw, 'centreId'),
    );
  }

  async suspend(
    manager: EntityManager,
    userId: string,
    centreIds: string[],
    by: string,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE centre_members SET suspended_at = now(), suspended_by = $3
        WHERE user_id = $1 AND centre_id = ANY($2::uuid[]) AND suspended_at IS NULL`,
      [userId, centreIds, by],
    );
  }

  async restore(manager: EntityManager, userId: string, centreIds: string[]): Promise<void> {
    await execute(
      manager,
      `UPDATE centre_members SET suspended_at = NULL, suspended_by = NULL
        WHERE user_id = $1 AND centre_id = ANY($2::uuid[])`,
      [userId, centreIds],
    );
  }
}

function userSummary(raw: RawRow): UserSummary {
  return {
    id: text(raw, 'id'),
    email: text(raw, 'email'),
    displayName: text(raw, 'displayName'),
    disabled: bool(raw, 'disabled'),
    roles: objectList(raw, 'roles', (grant) => ({
      centreId: text(grant, 'centreId'),
      centreName: text(grant, 'centreName'),
      role: oneOf(grant, 'role', ROLES),
    })),
    createdAt: timestamp(raw, 'createdAt').toISOString(),
  };
}
