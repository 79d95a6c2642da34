import { centresWhere, type Actor } from '../auth/actor';
import type { ListParameters } from '../database/list-query';

/**
 * Who asks, and the centres where each part they may play counts: the roles they hold now at
 * the centres where they are not suspended (the session's holder is read that way on every
 * request), so a removed role or a suspension counts at once.
 */
export interface Reach {
  userId: string;
  /** Admin or EQA: every enrolment and learner record of the centre. */
  wideCentres: string[];
  adminCentres: string[];
  learnerCentres: string[];
  assessorCentres: string[];
  iqaCentres: string[];
}

export function reachOf(actor: Actor): Reach {
  const adminCentres = centresWhere(actor, 'admin');
  return {
    userId: actor.userId,
    wideCentres: [...new Set([...adminCentres, ...centresWhere(actor, 'eqa')])],
    adminCentres,
    learnerCentres: centresWhere(actor, 'learner'),
    assessorCentres: centresWhere(actor, 'assessor'),
    iqaCentres: centresWhere(actor, 'iqa'),
  };
}

/** A reach as the first five parameters of a query using the conditions below. */
export function reachParameters(reach: Reach): unknown[] {
  return [
    reach.userId,
    reach.wideCentres,
    reach.learnerCentres,
    reach.assessorCentres,
    reach.iqaCentres,
  ];
}

/**
 * The enrolment `e` is currently assessed or verified by the one asking ($1), at a centre where
 * they hold that role ($4 assessor, $5 IQA centres): an assignment outlives a removed role,
 * access does not.
 */
export function staffedBy(e: string): string {
  return `EXISTS (SELECT 1 FROM enrolment_assignments r
                   WHERE r.enrolment_id = ${e}.id AND r.user_id = $1 AND r.ended_at IS NULL
                     AND ((r.role = 'assessor' AND ${e}.centre_id = ANY($4::uuid[]))
                       OR (r.role = 'iqa' AND ${e}.centre_id = ANY($5::uuid[]))))`;
}

/**
 * The enrolment `e` is seen by the one asking: all of a centre where they are admin or EQA
 * ($2), their own while a learner there ($3), and those they assess or verify now.
 */
export function enrolmentInReach(e: string): string {
  return `(${e}.centre_id = ANY($2::uuid[])
           OR (${e}.learner_id = $1 AND ${e}.centre_id = ANY($3::uuid[]))
           OR ${staffedBy(e)})`;
}

/**
 * The evidence item `i` of the enrolment `e` is seen by the one asking: whoever sees its
 * enrolment, once it has been submitted; until then its author ($1) alone.
 */
export function evidenceInReach(i: string, e: string): string {
  return `(${enrolmentInReach(e)}
           AND (${i}.author_id = $1
                OR EXISTS (SELECT 1 FROM evidence_versions sv WHERE sv.item_id = ${i}.id AND sv.status <> 'draft')))`;
}

/**
 * The stored file `f` is held by a version the one asking may read: a submitted (or later)
 * version of an item whose enrolment they see, or any version of their own item; a file on a
 * draft is its author's alone, like the draft. Stops at the first such version.
 */
export function fileInReach(f: string): string {
  return `EXISTS (SELECT 1 FROM evidence_version_files hf
                    JOIN evidence_versions hv ON hv.id = hf.version_id
                    JOIN evidence_items hi ON hi.id = hv.item_id
                    JOIN enrolments he ON he.id = hi.enrolment_id
                   WHERE hf.file_id = ${f}.id AND (hi.author_id = $1 OR hv.status <> 'draft')
                     AND ${enrolmentInReach('he')})`;
}

/**
 * The same enrolments as `enrolmentInReach`, written for a list, which has no ids to start
 * from: only the parts of the reach the person holds, each driven by its own index (the centre
 * for admins and EQAs, the learner for their own, the current assignments for a caseload), so
 * the cost follows what they see, not the centre's size. Several parts are a UNION of ids, not
 * an OR, which would read every enrolment. Assignments and unions are read once into an array
 * of ids rather than joined: joined, they make every enrolment alias of the list's query one
 * to the planner, which then spent ten times longer planning a caseload than running it.
 * `parameters` takes the values the parts use.
 */
export function enrolmentsReachedBy(reach: Reach, e: string, parameters: ListParameters): string {
  const parts: ((alias: string) => string)[] = [];
  let me: string | undefined;
  const userId = () => (me ??= parameters.add(reach.userId));
  const centresIn = (alias: string, centres: string) =>
    `${alias}.centre_id = ANY(${centres}::uuid[])`;
  if (reach.wideCentres.length > 0) {
    const centres = parameters.add(reach.wideCentres);
    parts.push((alias) => centresIn(alias, centres));
  }
  if (reach.learnerCentres.length > 0) {
    const centres = parameters.add(reach.learnerCentres);
    parts.push((alias) => `${alias}.learner_id = ${userId()} AND ${centresIn(alias, centres)}`);
  }
  for (const [role, held] of [
    ['assessor', reach.assessorCentres],
    ['iqa', reach.iqaCentres],
  ] as const) {
    if (held.length === 0) continue;
    const centres = parameters.add(held);
    parts.push(
      (alias) => `${centresIn(alias, centres)}
        AND ${alias}.id = ANY(ARRAY(SELECT r.enrolment_id FROM enrolment_assignments r
                                     WHERE r.user_id = ${userId()} AND r.role = '${role}' AND r.ended_at IS NULL))`,
    );
  }
  if (parts.length === 0) return 'false';
  if (parts.length === 1) return `(${parts[0](e)})`;
  return `${e}.id = ANY(ARRAY(${parts.map((part) => `SELECT p.id FROM enrolments p WHERE ${part('p')}`).join(' UNION ')}))`;
}
