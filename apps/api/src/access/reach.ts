import { centresWhere, type Actor } from '../auth/actor';

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
