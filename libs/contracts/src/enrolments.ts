import type { EntryCheck, EnglishEvidence, PriorQualification } from './learners';
import type { RulesEvaluation } from './catalogue';
import type { PasswordLink } from './users';
import type { RagStatus, TimeElapsed } from './progress-settings';

/** An enrolment's status, with a dated history kept of every change. */
export const ENROLMENT_STATUSES = [
  'active',
  'break_in_learning',
  'withdrawn',
  'completed',
  'certificated',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface EmployerDetails {
  organisation: string;
  workplace: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

export interface LearnerProfile {
  /** The learner's user id. */
  id: string;
  centreId: string;
  email: string;
  displayName: string;
  dateOfBirth: string;
  /** Unique learner number: ten digits. */
  uln: string | null;
  employer: EmployerDetails | null;
  priorQualifications: PriorQualification[];
  englishEvidence: EnglishEvidence[];
  experienceYears: number | null;
  corrections: ProfileCorrection[];
}

/** `GET /api/learners/:id`: the record, with what the person asking may do to it now. */
export interface LearnerDetail extends LearnerProfile {
  can: LearnerCapabilities;
}

/** The API's policy, decided for the person asking: the web app offers an action from its flag. */
export interface LearnerCapabilities {
  /** Change the record, enrol the learner, resolve or decline corrections: its centre's admins. */
  manage: boolean;
  /** Ask the centre to correct the record: the learner themself. */
  proposeCorrection: boolean;
}

export interface ProfileCorrection {
  id: string;
  field: string;
  proposed: string;
  status: 'open' | 'resolved' | 'declined';
  createdAt: string;
}

export interface LearnerSummary {
  id: string;
  email: string;
  displayName: string;
  dateOfBirth: string;
  uln: string | null;
  enrolments: number;
  /** Corrections to their record the learner proposed and no admin has answered yet. */
  openCorrections: number;
}

export interface StaffAssignment {
  userId: string;
  displayName: string;
  from: string;
  /** Null while they hold it. */
  to: string | null;
}

export interface EnrolmentSummary {
  id: string;
  centreId: string;
  learner: { id: string; displayName: string };
  qualification: { id: string; title: string; version: number };
  pathway: string | null;
  status: EnrolmentStatus;
  startDate: string;
  plannedEndDate: string;
  assessor: { id: string; displayName: string };
  iqa: { id: string; displayName: string };
  /** Evidence items submitted and not yet accepted or referred (drafts never count). */
  awaitingAssessment: number;
}

export interface EnrolmentDetail extends EnrolmentSummary {
  registrationNumber: string | null;
  targetHours: { supervised: number | null; work: number | null } | null;
  plannedUnits: string[];
  entryCheck: EntryCheck;
  entryOverrideReason: string | null;
  statusHistory: { status: EnrolmentStatus; at: string; by: string | null; note: string | null }[];
  assessors: StaffAssignment[];
  iqas: StaffAssignment[];
  /** What the person asking may do to this enrolment now. */
  can: EnrolmentCapabilities;
}

/**
 * The API's policy, decided for the person asking (their roles at its centre, whether it is
 * theirs, its status): the web app shows an action when its flag is set and never re-derives it.
 */
export interface EnrolmentCapabilities {
  /** Its centre's admins, whatever the status (to reopen it). */
  changeStatus: boolean;
  /** Its centre's admins. */
  reassign: boolean;
  /** Its learner while it is active; its centre's admins always. */
  planUnits: boolean;
  /** Its learner while it is active. */
  addEvidence: boolean;
  /** Ask a witness for a statement: its learner or its assessor while it is active. */
  askWitness: boolean;
  /** Record an observation or a professional discussion: its assessor while it is active. */
  recordAtWorkplace: boolean;
}

/**
 * Where a unit stands: achieved; every row signed and the assessor's unit sign-off awaited; the
 * unit signed and the learner's countersignature awaited; in progress (a row signed, or accepted
 * evidence mapped to it, or a signature since revoked or flagged); or not started.
 */
export const UNIT_PROGRESS_STATUSES = [
  'not_started',
  'in_progress',
  'awaiting_unit_sign_off',
  'awaiting_countersignature',
  'achieved',
] as const;
export type UnitProgressStatus = (typeof UNIT_PROGRESS_STATUSES)[number];

/** A signature of the unit that no longer counts because it was flagged. */
export interface UnitProgressFlag {
  /** What was signed, in words: "Criterion 1.2", "The assessor's sign-off of the unit". */
  signed: string;
  /** "Evidence this relied on was withdrawn". */
  reason: string;
  /** ISO 8601 UTC. */
  flaggedAt: string;
}

export interface UnitProgress {
  reference: string;
  title: string;
  credits: number | null;
  planned: boolean;
  status: UnitProgressStatus;
  /** Rows of the unit's sign-off matrix (its criteria, or outcomes without any) signed and counting. */
  rowsSigned: number;
  rowsTotal: number;
  /** Evidence coverage: rows with accepted evidence mapped to them by the assessor. */
  rowsEvidenced: number;
  /** Learning outcomes whose every row is signed and counting. */
  outcomesSignedOff: number;
  outcomesTotal: number;
  /** What stands between the unit and achievement, in words; empty once achieved. */
  missing: string[];
  /** Signatures of the unit that stopped counting because they were flagged, until signed again. */
  flags: UnitProgressFlag[];
}

/** `GET /api/enrolments/{id}/progress`. */
export interface EnrolmentProgress {
  units: UnitProgress[];
  /** The rules of combination applied to the achieved units: credits achieved per group. */
  achieved: RulesEvaluation;
  /** The rules applied to the planned units. */
  planned: RulesEvaluation;
  /** Some units are achieved and they satisfy the rules of combination: ready to claim. */
  readyToClaim: boolean;
  /**
   * How far the achieved units go towards the qualification: credits achieved of the minimum the
   * rules ask for, or, where the rules ask no minimum, units achieved of those planned.
   */
  towards: { measure: 'credits' | 'units'; achieved: number; needed: number };
  /** Time in learning against the planned end date, breaks in learning excluded. */
  time: TimeElapsed;
  /**
   * Progress against time with the centre's margins: green on track, amber behind, red well
   * behind; null on a break in learning and once withdrawn, completed or certificated.
   */
  rag: RagStatus | null;
  /** Why, in words: "Progress 20% lags time elapsed 50% by 30 points (red beyond 25)". */
  ragReason: string;
}

/** The profile as an admin enters it: everything but the sign-in email and the centre. */
export type LearnerProfileRequest = Pick<
  LearnerProfile,
  | 'displayName'
  | 'dateOfBirth'
  | 'uln'
  | 'employer'
  | 'priorQualifications'
  | 'englishEvidence'
  | 'experienceYears'
>;

export interface CreateLearnerRequest extends LearnerProfileRequest {
  email: string;
  centreId: string;
}

export interface CreateLearnerResponse {
  learner: LearnerProfile;
  /** Null, with a notice, when an existing account (of another centre) became this learner. */
  passwordLink: PasswordLink | null;
  notice: string | null;
}

export interface ProposeCorrectionRequest {
  /** Which part of the record, e.g. `dateOfBirth`. */
  field: string;
  proposed: string;
}

export type CorrectionResolution = 'resolved' | 'declined';

export interface ResolveCorrectionRequest {
  status: CorrectionResolution;
}

export interface EntryCheckRequest {
  learnerId: string;
  qualificationId: string;
  /** YYYY-MM-DD: requirements such as a minimum age are judged on this day. */
  startDate: string;
}

export interface CreateEnrolmentRequest extends EntryCheckRequest {
  pathway: string | null;
  plannedEndDate: string;
  registrationNumber: string | null;
  assessorId: string;
  iqaId: string;
  /** Required, 10 to 2000 characters, when an entry requirement is not met. */
  overrideReason: string | null;
  /** Defaults to the qualification's. */
  targetHours?: { supervised: number | null; work: number | null };
  /** Defaults to the mandatory and required units. */
  plannedUnits?: string[];
}

/** A move to another status, kept dated in the history with its note. */
export interface ChangeEnrolmentStatusRequest {
  status: EnrolmentStatus;
  /** Why the status changes, e.g. the reason for a break in learning. */
  note?: string;
}

/** Who assesses and who verifies the enrolment from now on; who held it before is kept. */
export interface ReassignEnrolmentRequest {
  assessorId: string;
  iqaId: string;
}

/** The units the learner means to take, checked against the rules of combination. */
export interface PlanUnitsRequest {
  plannedUnits: string[];
}

export interface EnrolmentEntryCheck {
  /** As it stood when the learner was enrolled. */
  recorded: EntryCheck;
  /** Against the learner's record as it is now. */
  current: EntryCheck;
  overrideReason: string | null;
}
