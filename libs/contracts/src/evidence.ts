import type { AssessmentDecision } from './assessment';
import type { AssessmentMethod } from './assessment-methods';

/** An evidence item's life: drafted by the learner, submitted with a declaration, then judged. */
export const EVIDENCE_STATUSES = ['draft', 'submitted', 'accepted', 'referred'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

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
  learner: { id: string; displayName: string };
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
  declaration: Declaration | null;
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceSummary {
  id: string;
  enrolmentId: string;
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
  author: { id: string; displayName: string };
  methodCode: string;
  current: EvidenceVersion;
  /** Version numbers, oldest first; every one stays readable. */
  versions: number[];
  /** What the person asking may do to this item now. */
  can: EvidenceCapabilities;
  /** The assessor's decisions on every version, newest first. */
  decisions: AssessmentDecision[];
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
