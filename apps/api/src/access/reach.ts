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
