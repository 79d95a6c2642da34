import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ENROLMENT_STATUSES,
  type EnrolmentDetail,
  type EnrolmentListQuery,
  type EnrolmentPart,
  type EnrolmentSort,
  type EnrolmentStatus,
  type EnrolmentSummary,
  type EntryCheck,
  type Page,
  type Role,
} from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  enrolmentInReach,
  enrolmentsReachedBy,
  reachParameters,
  type Reach,
} from '../access/reach';
import { asName, ListParameters, listOrder, wordPatterns } from '../database/list-query';
import { queryPage, type PageRequest } from '../database/query-page';
import {
  int,
  jsonTimestamp,
  nullableJsonTimestamp,
  nullableFloat,
  nullableObject,
  nullableText,
  objectList,
  oneOf,
  storedJson,
  text,
  textList,
  type RawRow,
} from '../database/row-readers';
import { execute, queryExists, queryFirst, queryRows } from '../database/typed-query';

/*
 * Plain columns, which the decoder gathers into the nested objects: a list sorted on another
 * column than the learner's name, or paged deep, computes its select list for every row before
 * the sort, and building JSON there cost more than the rest of the query.
 */
const ENROLMENT_COLUMNS = `
  e.id, e.centre_id AS "centreId", e.pathway, e.status,
  to_char(e.start_date, 'YYYY-MM-DD') AS "startDate", to_char(e.planned_end_date, 'YYYY-MM-DD') AS "plannedEndDate",
  l.id AS "learnerId", l.display_name AS "learnerName",
  v.qualification_id AS "qualificationId", v.title AS "qualificationTitle", v.number AS "qualificationVersion"`;

const ENROLMENT_FROM = `
    FROM enrolments e
    JOIN users l ON l.id = e.learner_id
    JOIN qualification_versions v ON v.id = e.qualification_version_id`;

/** The enrolment's current assessor or IQA, joined as `alias` (its assignment as `alias`a). */
function staffJoin(role: 'assessor' | 'iqa', alias: 'a' | 'i'): string {
  return `
    JOIN enrolment_assignments ${alias}a ON ${alias}a.enrolment_id = e.id AND ${alias}a.role = '${role}' AND ${alias}a.ended_at IS NULL
    JOIN users ${alias} ON ${alias}.id = ${alias}a.user_id`;
}

/** Their columns, from the join when there is one, else looked up for the listed rows alone. */
function staffColumns(role: 'assessor' | 'iqa', alias: 'a' | 'i', joined: boolean): string {
  if (joined) return `${alias}.id AS "${role}Id", ${alias}.display_name AS "${role}Name"`;
  // A scalar subquery in the select list is evaluated after ORDER BY … LIMIT has cut the page.
  const current = `FROM enrolment_assignments x JOIN users u ON u.id = x.user_id
                    WHERE x.enrolment_id = e.id AND x.role = '${role}' AND x.ended_at IS NULL`;
  return `(SELECT u.id ${current}) AS "${role}Id", (SELECT u.display_name ${current}) AS "${role}Name"`;
}

const SUMMARY = `SELECT ${ENROLMENT_COLUMNS}, ${staffColumns('assessor', 'a', true)}, ${staffColumns('iqa', 'i', true)}
  ${ENROLMENT_FROM} ${staffJoin('assessor', 'a')} ${staffJoin('iqa', 'i')}`;

/**
 * `?mine=`: the enrolments where the asking person ($n) plays that part; their current
 * assignments are read once into an array, so the list needs no join of its staff for it.
 */
function mine(part: EnrolmentPart, me: string): string {
  if (part === 'learner') return `e.learner_id = ${me}`;
  return `e.id = ANY(ARRAY(SELECT m.enrolment_id FROM enrolment_assignments m
                            WHERE m.user_id = ${me} AND m.role = '${part}' AND m.ended_at IS NULL))`;
}

/**
 * The enrolments a search word (`pattern`) finds: in the learner's name, the current assessor's
 * or IQA's, the qualification's title or the pathway. Each is looked up in its own index (names
 * and pathways by trigrams), then the enrolments by theirs: a search reads what it finds, not
 * every enrolment of the centre. The matches are read into arrays first, or the planner, taking
 * a common surname for many people, reads every enrolment and assignment to join them.
 */
function matching(pattern: string): string {
  const people = `ARRAY(SELECT u.id FROM users u WHERE u.search_name LIKE ${pattern})`;
  return `e.id = ANY(ARRAY(
      SELECT m.id FROM enrolments m WHERE m.learner_id = ANY(${people})
      UNION SELECT r.enrolment_id FROM enrolment_assignments r WHERE r.user_id = ANY(${people}) AND r.ended_at IS NULL
      UNION SELECT m.id FROM enrolments m
             WHERE m.qualification_version_id = ANY(ARRAY(SELECT v.id FROM qualification_versions v WHERE v.search_title LIKE ${pattern}))
      UNION SELECT m.id FROM enrolments m WHERE m.search_pathway LIKE ${pattern}))`;
}

/** On the stored columns, so a page is cut before its rows' JSON is built. */
const ENROLMENT_ORDER: Record<EnrolmentSort, string> = {
  learner: asName('l.display_name'),
  qualification: asName('v.title'),
  status: 'e.status',
  startDate: 'e.start_date',
  plannedEndDate: 'e.planned_end_date',
  assessor: asName('a.display_name'),
  iqa: asName('i.display_name'),
};

/** An enrolment as listed, before the counts that read other capabilities' tables. */
export type ListedEnrolment = Omit<EnrolmentSummary, 'awaitingAssessment'>;

/**
 * An enrolment as stored: what any reader sees, before what the asking person may do to it and
 * the counts that read other capabilities' tables (read-models/).
 */
export interface StoredEnrolment extends Omit<EnrolmentDetail, 'can' | 'awaitingAssessment'> {
  qualificationVersionId: string;
}

/**
 * What a record kept on an enrolment (an evidence item) reads of it to decide who may do what to
 * the record: whose it is, who assesses it now, where it stands, what it is taken on.
 */
export type EnrolmentFacts = Pick<
  StoredEnrolment,
  'id' | 'centreId' | 'status' | 'learner' | 'assessor' | 'qualificationVersionId' | 'plannedUnits'
>;

export interface NewEnrolment {
  centreId: string;
  learnerId: string;
  qualificationVersionId: string;
  pathway: string | null;
  startDate: string;
  plannedEndDate: string;
  registrationNumber: string | null;
  targetHours: { supervised: number | null; work: number | null } | null;
  plannedUnits: string[];
  entryCheck: EntryCheck;
  overrideReason: string | null;
}

@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The enrolments a person may see: all at the centres where they are admin or EQA, and those
   * they currently assess, verify or learn on at a centre where they hold that role now; then
   * narrowed by the list's search and filters, which never reach beyond those. The query starts
   * from the part of that reach the person has (`enrolmentsReachedBy`).
   */
  findVisible(
    reach: Reach,
    query: EnrolmentListQuery,
    page: PageRequest,
  ): Promise<Page<ListedEnrolment>> {
    const parameters = new ListParameters([]);
    // Conditions on the enrolment alone, and those on its learner, title and staff.
    const own = [enrolmentsReachedBy(reach, 'e', parameters)];
    const joined: string[] = [];
    for (const pattern of wordPatterns(query.q, parameters)) own.push(matching(pattern));
    if (query.status !== undefined) own.push(`e.status = ${parameters.add(query.status)}`);
    if (query.assessor !== undefined) joined.push(`aa.user_id = ${parameters.add(query.assessor)}`);
    if (query.iqa !== undefined) joined.push(`ia.user_id = ${parameters.add(query.iqa)}`);
    if (query.learner !== undefined) own.push(`e.learner_id = ${parameters.add(query.learner)}`);
    if (query.qualification !== undefined)
      joined.push(`v.qualification_id = ${parameters.add(query.qualification)}`);
    if (query.mine !== undefined) own.push(mine(query.mine, parameters.add(reach.userId)));
    // The staff are joined only when a condition or the order needs them: a seven-table join
    // cost more to plan than a page of the caseload costs to read.
    const staff = {
      assessor: query.assessor !== undefined || query.sort === 'assessor',
      iqa: query.iqa !== undefined || query.sort === 'iqa',
    };
    const where = `WHERE ${[...own, ...joined].join(' AND ')}`;
    return queryPage(
      this.db,
      `SELECT ${ENROLMENT_COLUMNS}, ${staffColumns('assessor', 'a', staff.assessor)}, ${staffColumns('iqa', 'i', staff.iqa)}
         ${ENROLMENT_FROM} ${staff.assessor ? staffJoin('assessor', 'a') : ''} ${staff.iqa ? staffJoin('iqa', 'i') : ''}
         ${where}`,
      listOrder(ENROLMENT_ORDER, `${ENROLMENT_ORDER.learner}, e.start_date, e.id`, query),
      parameters.values,
      page,
      listedEnrolment,
      // Every enrolment has its learner and version (foreign keys) and one current assessor and
      // IQA (given both when created; reassigning ends one and starts the next in a transaction),
      // so with no condition on those the joins drop no row and the total need not read them.
      joined.length === 0 ? `SELECT 1 FROM enrolments e ${where}` : undefined,
    );
  }

  async findDetail(
    enrolmentId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<StoredEnrolment | null> {
    return this.detailWhere(manager, 'e.id = $1', [enrolmentId]);
  }

  /** The enrolment, when the one asking may see it (`enrolmentInReach`): asked and read at once. */
  async findVisibleDetail(reach: Reach, enrolmentId: string): Promise<StoredEnrolment | null> {
    return this.detailWhere(this.db.manager, `e.id = $6 AND ${enrolmentInReach('e')}`, [
      ...reachParameters(reach),
      enrolmentId,
    ]);
  }

  private async detailWhere(
    manager: EntityManager,
    condition: string,
    parameters: unknown[],
  ): Promise<StoredEnrolment | null> {
    return queryFirst(
      manager,
      `SELECT s.*, e.qualification_version_id AS "qualificationVersionId", e.registration_number AS "registrationNumber",
              e.target_hours AS "targetHours", e.planned_units AS "plannedUnits", e.entry_check AS "entryCheck",
              e.entry_override_reason AS "entryOverrideReason",
              (SELECT json_agg(json_build_object('status', h.status, 'at', h.changed_at, 'by', u.display_name, 'note', h.note) ORDER BY h.id)
                 FROM enrolment_status_history h LEFT JOIN users u ON u.id = h.changed_by WHERE h.enrolment_id = e.id) AS "statusHistory",
              ${assignments('assessor')} AS assessors,
              ${assignments('iqa')} AS iqas
         FROM (${SUMMARY} WHERE ${condition}) s JOIN enrolments e ON e.id = s.id`,
      parameters,
      storedEnrolment,
    );
  }

  async insert(manager: EntityManager, enrolment: NewEnrolment, by: string): Promise<string> {
    const [id] = await queryRows(
      manager,
      `INSERT INTO enrolments (centre_id, learner_id, qualification_version_id, pathway, start_date, planned_end_date,
                               registration_number, target_hours, planned_units, entry_check, entry_override_reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        enrolment.centreId,
        enrolment.learnerId,
        enrolment.qualificationVersionId,
        enrolment.pathway,
        enrolment.startDate,
        enrolment.plannedEndDate,
        enrolment.registrationNumber,
        enrolment.targetHours === null ? null : JSON.stringify(enrolment.targetHours),
        JSON.stringify(enrolment.plannedUnits),
        JSON.stringify(enrolment.entryCheck),
        enrolment.overrideReason,
        by,
      ],
      (raw) => text(raw, 'id'),
    );
    await this.recordStatus(manager, id, 'active', by, null);
    return id;
  }

  async recordStatus(
    manager: EntityManager,
    enrolmentId: string,
    status: EnrolmentStatus,
    by: string,
    note: string | null,
  ): Promise<void> {
    await execute(manager, `UPDATE enrolments SET status = $2 WHERE id = $1`, [
      enrolmentId,
      status,
    ]);
    await execute(
      manager,
      `INSERT INTO enrolment_status_history (enrolment_id, status, changed_by, note) VALUES ($1, $2, $3, $4)`,
      [enrolmentId, status, by, note],
    );
  }

  /** Ends the current holder's assignment, if any, and starts the new one: who held it when is kept. */
  async assign(
    manager: EntityManager,
    enrolmentId: string,
    role: 'assessor' | 'iqa',
    userId: string,
    by: string,
  ): Promise<void> {
    await execute(
      manager,
      `UPDATE enrolment_assignments SET ended_at = now() WHERE enrolment_id = $1 AND role = $2 AND ended_at IS NULL`,
      [enrolmentId, role],
    );
    await execute(
      manager,
      `INSERT INTO enrolment_assignments (enrolment_id, role, user_id, assigned_by) VALUES ($1, $2, $3, $4)`,
      [enrolmentId, role, userId, by],
    );
  }

  async setPlannedUnits(
    manager: EntityManager,
    enrolmentId: string,
    units: string[],
  ): Promise<void> {
    await execute(manager, `UPDATE enrolments SET planned_units = $2 WHERE id = $1`, [
      enrolmentId,
      JSON.stringify(units),
    ]);
  }

  /**
   * The status as it is now, held (FOR SHARE) until the caller's transaction ends, so a status
   * change waits for a write that checked it, and a write waits for a status change under way.
   */
  async findStatusForWrite(
    manager: EntityManager,
    enrolmentId: string,
  ): Promise<EnrolmentStatus | null> {
    return queryFirst(
      manager,
      `SELECT status FROM enrolments WHERE id = $1 FOR SHARE`,
      [enrolmentId],
      (raw) => oneOf(raw, 'status', ENROLMENT_STATUSES),
    );
  }

  /** Locks the enrolment row for a read-modify-write. */
  async lock(manager: EntityManager, enrolmentId: string): Promise<boolean> {
    return queryExists(manager, `SELECT 1 FROM enrolments WHERE id = $1 FOR UPDATE`, [enrolmentId]);
  }

  async holdsRole(userId: string, centreId: string, role: Role): Promise<boolean> {
    return queryExists(
      this.db,
      `SELECT 1 FROM memberships m
         JOIN centre_members cm ON cm.user_id = m.user_id AND cm.centre_id = m.centre_id
        WHERE m.user_id = $1 AND m.centre_id = $2 AND m.role = $3 AND cm.suspended_at IS NULL`,
      [userId, centreId, role],
    );
  }
}

function assignments(role: 'assessor' | 'iqa'): string {
  return `(SELECT json_agg(json_build_object('userId', x.user_id, 'displayName', xu.display_name, 'from', x.assigned_at, 'to', x.ended_at) ORDER BY x.id)
             FROM enrolment_assignments x JOIN users xu ON xu.id = x.user_id WHERE x.enrolment_id = e.id AND x.role = '${role}')`;
}

/** A person from the columns `${part}Id` and `${part}Name`. */
const person = (raw: RawRow, part: string) => ({
  id: text(raw, `${part}Id`),
  displayName: text(raw, `${part}Name`),
});

function listedEnrolment(raw: RawRow): ListedEnrolment {
  return {
    id: text(raw, 'id'),
    centreId: text(raw, 'centreId'),
    pathway: nullableText(raw, 'pathway'),
    status: oneOf(raw, 'status', ENROLMENT_STATUSES),
    startDate: text(raw, 'startDate'),
    plannedEndDate: text(raw, 'plannedEndDate'),
    learner: person(raw, 'learner'),
    qualification: {
      id: text(raw, 'qualificationId'),
      title: text(raw, 'qualificationTitle'),
      version: int(raw, 'qualificationVersion'),
    },
    assessor: person(raw, 'assessor'),
    iqa: person(raw, 'iqa'),
  };
}

const staffAssignment = (raw: RawRow) => ({
  userId: text(raw, 'userId'),
  displayName: text(raw, 'displayName'),
  from: jsonTimestamp(raw, 'from'),
  to: nullableJsonTimestamp(raw, 'to'),
});

function storedEnrolment(raw: RawRow): StoredEnrolment {
  return {
    ...listedEnrolment(raw),
    qualificationVersionId: text(raw, 'qualificationVersionId'),
    registrationNumber: nullableText(raw, 'registrationNumber'),
    targetHours: nullableObject(raw, 'targetHours', (hours) => ({
      supervised: nullableFloat(hours, 'supervised'),
      work: nullableFloat(hours, 'work'),
    })),
    plannedUnits: textList(raw, 'plannedUnits'),
    entryCheck: storedJson<EntryCheck>(raw, 'entryCheck'),
    entryOverrideReason: nullableText(raw, 'entryOverrideReason'),
    statusHistory: objectList(raw, 'statusHistory', (change) => ({
      status: oneOf(change, 'status', ENROLMENT_STATUSES),
      at: jsonTimestamp(change, 'at'),
      by: nullableText(change, 'by'),
      note: nullableText(change, 'note'),
    })),
    assessors: objectList(raw, 'assessors', staffAssignment),
    iqas: objectList(raw, 'iqas', staffAssignment),
  };
}
