import type { AssessmentDecision } from './assessment';
import type { AssessmentMethod } from './assessment-methods';

/**
 * An evidence item's life: drafted by the learner, submitted with a declaration, then judged.
 * An assessor's own record (an observation, a discussion) is signed by them and then awaits the
 * learner's countersignature, which accepts it or returns it to the assessor.
 */
export const EVIDENCE_STATUSES = [
  'draft',
  'submitted',
  'awaiting_countersignature',
  'accepted',
  'referred',
] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/**
 * Who wrote an item: the learner (their own evidence), the enrolment's assessor (a record of what
 * they observed or discussed, countersigned by the learner), or a witness (a testimony given
 * through a link, with no account; its item's author is whoever asked for it).
 */
export const EVIDENCE_ORIGINS = ['learner', 'assessor', 'witness'] as const;
export type EvidenceOrigin = (typeof EVIDENCE_ORIGINS)[number];

/** Who signed a version's declaration: its learner, the assessor who made the record, or a witness. */
export const DECLARANT_ROLES = ['learner', 'assessor', 'witness'] as const;
export type DeclarantRole = (typeof DECLARANT_ROLES)[number];

/** What the learner signs on submitting; its SHA-256 covers exactly what was declared. */
export const DECLARATION_STATEMENT =
  'I declare that this evidence is my own work, that it is a true record of what I did, and that I have not copied it from anyone else or let anyone else copy it.';

export const EVIDENCE_LIMITS = {
  titleMaxLength: 200,
  /** Of the narrative's HTML, after sanitising. */
  narrativeMaxLength: 100_000,
  claimsMax: 200,
  filesPerVersionMax: 50,
} as const;

/** A learning outcome (and optionally one of its assessment criteria) the item is claimed to prove. */
export interface EvidenceClaim {
  unit: string;
  outcome: string;
  criterion: string | null;
}

export interface EvidenceFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** The browser can show it inline (images but HEIC, PDF, playable audio and video). */
  previewable: boolean;
  uploadedAt: string;
}

export interface Declaration {
  /** A witness has no account: their id is null and their name is as they gave it. */
  declarant: { id: string | null; displayName: string; role: DeclarantRole };
  declaredAt: string;
  statement: string;
  /** SHA-256 of the canonical JSON of the declared version: content, claims and files' hashes. */
  sha256: string;
}

export interface EvidenceVersion {
  number: number;
  status: EvidenceStatus;
  method: AssessmentMethod;
  title: string;
  /** Sanitised HTML. */
  narrative: string;
  /** YYYY-MM-DD. */
  activityDate: string;
  claims: EvidenceClaim[];
  files: EvidenceFile[];
  /** Where and when a direct observation took place; null for every other method. */
  observation: ObservationParticulars | null;
  /** Who gave a witness testimony, as they stated it; null for every other item. */
  witness: WitnessParticulars | null;
  declaration: Declaration | null;
  createdAt: string;
  updatedAt: string;
}

/** Where and when an assessor observed the learner at work. Times are HH:MM, 24-hour. */
export interface ObservationParticulars {
  setting: string;
  startTime: string;
  endTime: string;
}

/** The witness of a testimony, as they stated their role and relationship on submitting. */
export interface WitnessParticulars {
  name: string;
  jobRole: string;
  relationship: string;
  /** An expert witness: occupationally competent in the area they testify on. */
  expert: boolean;
}

/**
 * The learner's countersignature on a record an assessor wrote about them: agreeing that it is
 * accurate (which accepts it), or disagreeing with a comment (which returns it to the assessor).
 * A signed record, never changed: a later version gets a countersignature of its own.
 */
export interface RecordCountersignature {
  id: string;
  version: number;
  learner: { id: string; displayName: string };
  agreed: boolean;
  comment: string | null;
  statement: string;
  signedAt: string;
  /** SHA-256 of the canonical content signed: the version's declaration hash, the answer, the comment. */
  sha256: string;
}

export interface EvidenceSummary {
  id: string;
  enrolmentId: string;
  origin: EvidenceOrigin;
  author: { id: string; displayName: string };
  version: number;
  status: EvidenceStatus;
  method: AssessmentMethod;
  /** The centre's short code for the method, e.g. "DO". */
  methodCode: string;
  title: string;
  activityDate: string;
  claims: EvidenceClaim[];
  fileCount: number;
  updatedAt: string;
  /** The assessor's feedback in their newest decision on this version, if they wrote any. */
  feedback: string | null;
}

export interface EvidenceDetail {
  id: string;
  enrolmentId: string;
  origin: EvidenceOrigin;
  author: { id: string; displayName: string };
  methodCode: string;
  current: EvidenceVersion;
  /** Version numbers, oldest first; every one stays readable. */
  versions: number[];
  /** What the person asking may do to this item now. */
  can: EvidenceCapabilities;
  /** The assessor's decisions on every version, newest first. */
  decisions: AssessmentDecision[];
  /** The learner's countersignatures of an assessor's record, newest first; empty for others. */
  countersignatures: RecordCountersignature[];
}

/**
 * The API's policy, decided for the person asking (whether they wrote it and are still its
 * enrolment's learner, whether the portfolio takes changes, the item's status and the moves the
 * transition table gives them): the web app offers an action when its flag is set and never
 * re-derives it. The assessor's moves join these with their routes (signing off next).
 */
export interface EvidenceCapabilities {
  /** Change the current draft: its content and its files. */
  edit: boolean;
  /** Declare the current draft their own work and submit it. */
  submit: boolean;
  /** Start a new draft version from a referred one. */
  revise: boolean;
  /** Throw the item away: only while it has never been submitted. */
  discard: boolean;
  /** Accept or refer the current version: its enrolment's assessor, while it is submitted. */
  decide: boolean;
  /** Withdraw the acceptance of the current version: its enrolment's assessor, once accepted. */
  withdrawAcceptance: boolean;
  /** Sign the current draft of a record they wrote: its assessor, still the enrolment's. */
  sign: boolean;
  /** Agree or disagree with a record awaiting the countersignature: the enrolment's learner. */
  countersign: boolean;
}

export interface EvidenceContent {
  method: AssessmentMethod;
  title: string;
  narrative: string;
  activityDate: string;
  claims: EvidenceClaim[];
}

export interface SubmitEvidenceRequest {
  /** Must be DECLARATION_STATEMENT: the learner is shown it in full. */
  statement: string;
  agreed: true;
}

export interface EvidenceFilter {
  unit?: string;
  outcome?: string;
  method?: AssessmentMethod;
  status?: EvidenceStatus;
}
