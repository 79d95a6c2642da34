import type { EvidenceClaim } from './evidence';

/**
 * Witness testimony: a learner or an assessor asks a named witness (a colleague, a manager, an
 * expert) for a statement about outcomes they pick. The witness needs no account: a link with a
 * long random token (stored only as a hash) opens a page that shows what is asked and takes the
 * statement once. The statement becomes an evidence item (origin `witness`, method WT or EWT)
 * that the assessor judges like any other. Routes:
 *
 *   GET  /api/centres/{id}/witnesses                 the centre's register (its staff)
 *   POST /api/centres/{id}/witnesses                 add a witness (admins, assessors)
 *   PUT  /api/centres/{id}/witnesses/{witnessId}     change one (admins, assessors)
 *   GET  /api/enrolments/{id}/witness-requests       the enrolment's requests (whoever sees it)
 *   POST /api/enrolments/{id}/witness-requests       ask (its learner or assessor): answers the link once
 *   POST /api/enrolments/{id}/witness-requests/{requestId}/revocation   revoke an open request
 *   GET  /api/witness/{token}                        the public page's content (no account; rate limited)
 *   POST /api/witness/{token}                        the witness's statement (once)
 */

export const WITNESS_LIMITS = {
  nameMaxLength: 200,
  jobRoleMaxLength: 200,
  relationshipMaxLength: 200,
  emailMaxLength: 254,
  competenceMaxLength: 2_000,
  messageMaxLength: 2_000,
  statementMaxLength: 20_000,
  claimsMax: 100,
  /** Days a link stays valid unless the asker chooses otherwise (1 to maxValidDays). */
  defaultValidDays: 14,
  maxValidDays: 60,
} as const;

/** What the witness confirms on submitting; with their statement it is the version's declaration. */
export const WITNESS_STATEMENT_DECLARATION =
  'I confirm that this statement is true, that it describes what I saw the learner do myself, and that the role and relationship I have given are correct.';

/** A witness in a centre's register. */
export interface CentreWitness {
  id: string;
  centreId: string;
  name: string;
  jobRole: string;
  email: string;
  /** An expert witness: occupationally competent in the area they testify on. */
  expert: boolean;
  /** For an expert witness: their occupational competence (qualifications, experience). */
  occupationalCompetence: string | null;
  /** Testimonies this witness has given at the centre. */
  testimonies: number;
  createdAt: string;
}

export interface CentreWitnessContent {
  name: string;
  jobRole: string;
  email: string;
  expert: boolean;
  occupationalCompetence?: string | null;
}

export const WITNESS_REQUEST_STATUSES = ['open', 'submitted', 'expired', 'revoked'] as const;
export type WitnessRequestStatus = (typeof WITNESS_REQUEST_STATUSES)[number];

/** Ask a witness: one from the register (`witnessId`), or a new one (added to the register). */
export interface CreateWitnessRequest {
  witnessId?: string;
  witness?: CentreWitnessContent;
  /** The witness's relationship to the learner, e.g. "line manager for two years". */
  relationship: string;
  /** The outcomes (and criteria) the witness is asked about. */
  claims: EvidenceClaim[];
  /** What the asker would like the witness to describe. */
  message?: string;
  /** 1 to WITNESS_LIMITS.maxValidDays; WITNESS_LIMITS.defaultValidDays when left out. */
  validDays?: number;
  /** Also send the link by e-mail (only when the server has SMTP settings). */
  sendEmail?: boolean;
}

export interface WitnessRequestView {
  id: string;
  enrolmentId: string;
  witness: Pick<CentreWitness, 'id' | 'name' | 'jobRole' | 'email' | 'expert'>;
  relationship: string;
  claims: EvidenceClaim[];
  message: string | null;
  requestedBy: { id: string; displayName: string };
  status: WitnessRequestStatus;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  submittedAt: string | null;
  /** The evidence item the statement became, once submitted. */
  evidenceId: string | null;
  /** Whether the link was (or is being) e-mailed to the witness. */
  emailed: boolean;
  /** What the person asking may do to it now: withdraw it (whoever asked, the assessor, an admin). */
  can: { revoke: boolean };
}

/** The answer to creating a request: the only time the link (with its token) is ever shown. */
export interface CreatedWitnessRequest extends WitnessRequestView {
  link: string;
}

/**
 * What the witness's page shows: enough to write a statement and nothing else of the portfolio
 * (no other evidence, no feedback, no contact details).
 */
export interface WitnessPage {
  centreName: string;
  learnerName: string;
  qualificationTitle: string;
  requestedBy: string;
  witness: { name: string; jobRole: string; relationship: string; expert: boolean };
  /** The outcomes asked about, with their words from the qualification. */
  outcomes: {
    unit: string;
    unitTitle: string;
    outcome: string;
    outcomeTitle: string;
    criterion: string | null;
    criterionTitle: string | null;
  }[];
  message: string | null;
  expiresAt: string;
  declaration: string;
}

export interface WitnessStatementSubmission {
  /** Plain text; paragraphs separated by blank lines. */
  statement: string;
  /** As the witness states them now (prefilled from the request). */
  jobRole: string;
  relationship: string;
  /** YYYY-MM-DD: when the witness saw what they describe (not in the future). */
  activityDate: string;
  /** Must be WITNESS_STATEMENT_DECLARATION: the witness is shown it in full. */
  declaration: string;
  confirmed: true;
}

/** The answer to a witness's statement: it was received, and it is now locked. */
export interface WitnessStatementReceipt {
  learnerName: string;
  requestedBy: string;
  submittedAt: string;
}
