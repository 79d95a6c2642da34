import type { AssessmentMethod } from './assessment-methods';
import type { EvidenceClaim } from './evidence';

/**
 * What a signature signs: the assessor signs rows of a unit's matrix (its assessment criteria,
 * or the learning outcomes of a unit whose outcomes have none), then the unit as a whole, and
 * the learner countersigns the unit.
 */
export const SIGN_OFF_KINDS = ['rows', 'unit', 'countersignature'] as const;
export type SignOffKind = (typeof SIGN_OFF_KINDS)[number];

export interface Signer {
  id: string;
  displayName: string;
}

/**
 * One signature, never changed once written. A revocation (by the signer or an admin, with a
 * reason) or a flag (evidence it relied on was withdrawn) is a record of its own beside it; either
 * stops it counting until the rows, or the unit, are signed again.
 */
export interface SignOff {
  id: string;
  kind: SignOffKind;
  /** The unit's reference. */
  unit: string;
  /** Row references ("1.2", or "3" for an outcome without criteria); empty unless kind is rows. */
  rows: string[];
  signer: Signer;
  /** The database's time, ISO 8601. */
  signedAt: string;
  /** Ids of the accepted evidence versions the signature relied on. */
  reliedOn: string[];
  revoked: { at: string; by: Signer; reason: string } | null;
  flagged: { at: string; reason: string } | null;
}

/** The newest signature on a row decides its state; only "signed" counts. */
export type SignOffRowState =
  | { status: 'unsigned' }
  | { status: 'signed'; signOffId: string; signedBy: Signer; signedAt: string }
  | {
      status: 'revoked';
      signOffId: string;
      signedBy: Signer;
      signedAt: string;
      revokedAt: string;
      revokedBy: Signer;
      reason: string;
    }
  | {
      status: 'flagged';
      signOffId: string;
      signedBy: Signer;
      signedAt: string;
      flaggedAt: string;
      reason: string;
    };

/** An accepted evidence version as the matrix shows it against a row. */
export interface MatrixEvidence {
  /** The evidence version's id. */
  versionId: string;
  itemId: string;
  version: number;
  title: string;
  method: AssessmentMethod;
}

export interface SignOffMatrixRow {
  /** "1.2" for a criterion, "3" for an outcome without criteria. */
  ref: string;
  outcome: string;
  criterion: string | null;
  title: string;
  /** Accepted versions the assessor mapped to this row (or to its whole outcome). */
  evidence: MatrixEvidence[];
  /** The criterion's own methods and its outcome's. */
  requiredMethods: AssessmentMethod[];
  /** Required methods none of the row's accepted evidence uses. */
  missingMethods: AssessmentMethod[];
  state: SignOffRowState;
}

export interface SignOffMatrixOutcome {
  number: string;
  title: string;
  /** Every row of the outcome is signed and counting. */
  met: boolean;
}

export interface SignOffMatrix {
  unit: string;
  rows: SignOffMatrixRow[];
  outcomes: SignOffMatrixOutcome[];
}

/** Accepted evidence for one item: the assessor's mapping counts, not the learner's claim. */
export interface AcceptedEvidence extends MatrixEvidence {
  mapping: EvidenceClaim[];
  /** The learner's declaration hash of that version (covers its narrative, claims and files). */
  declarationSha256: string;
  /** Every file of the version, by its SHA-256. */
  fileSha256s: string[];
}

export type SigningRefusal =
  'unknown_row' | 'no_accepted_evidence' | 'missing_method' | 'already_signed';

export interface SigningProblem {
  row: string;
  code: SigningRefusal;
  /** The method missing, for missing_method. */
  method: AssessmentMethod | null;
  /** In words for the assessor, naming the row. */
  message: string;
}

export interface UnitAchievement {
  achieved: boolean;
  rowsSigned: number;
  rowsTotal: number;
  /** What stands between the unit and achievement, in words; empty once achieved. */
  missing: string[];
}

/** The reason written on a flag raised because an acceptance a signature relied on was withdrawn. */
export const WITHDRAWN_EVIDENCE_FLAG = 'Evidence this relied on was withdrawn';

export const SIGN_OFF_LIMITS = {
  /** An Idempotency-Key header: any opaque string up to this long (a UUID is usual). */
  idempotencyKeyMaxLength: 200,
  reasonMaxLength: 2_000,
} as const;

/**
 * `POST /api/enrolments/{id}/sign-offs`, with an `Idempotency-Key` header: the assessor signs
 * rows of one unit's matrix, re-entering their password (a wrong one counts towards the login
 * limit). Replaying the key answers the first signature and signs nothing more; the same key
 * with a different request is refused.
 */
export interface SignRowsRequest {
  unit: string;
  /** Row references, as the matrix gives them. */
  rows: string[];
  password: string;
}

/**
 * `POST /api/enrolments/{id}/units/{unit}/unit-sign-off` (the assessor) and
 * `.../countersignature` (the learner), each with an `Idempotency-Key` header.
 */
export interface SignUnitRequest {
  password: string;
}

/** `POST /api/sign-offs/{id}/revocations`: by the signer, or an admin of the centre. */
export interface RevocationRequest {
  reason: string;
  password: string;
}

/** `GET /api/sign-offs/{id}`: one signature as stored, with what became of it. */
export interface SignOffRecord {
  id: string;
  kind: SignOffKind;
  enrolmentId: string;
  learner: { id: string; displayName: string };
  unit: string;
  rows: string[];
  signer: Signer;
  signerRole: 'assessor' | 'learner';
  centre: { id: string; name: string };
  /** The database's time, ISO 8601. */
  signedAt: string;
  statement: string;
  /** The canonical JSON (RFC 8785) signed; its SHA-256 is `contentSha256`. */
  content: string;
  contentSha256: string;
  /** Each evidence version relied on. */
  reliedOn: { versionId: string; itemId: string; version: number; title: string }[];
  revocation: { at: string; by: Signer; role: 'signer' | 'admin'; reason: string } | null;
  flag: { at: string; reason: string } | null;
  /** What the person asking may do now. */
  can: {
    /** The signer, or an admin of the centre, while it is not revoked. */
    revoke: boolean;
  };
}

/** `GET /api/sign-offs/{id}/verify`: the content recomputed from the stored rows and files' bytes. */
export interface SignOffVerification {
  intact: boolean;
  storedSha256: string;
  recomputedSha256: string;
  /** Each difference in words, naming the evidence item, version and file; empty when intact. */
  changes: string[];
}

/**
 * `GET /api/enrolments/{id}/units/{unit}/matrix`: everything the signing screen needs, in one
 * request.
 */
export interface UnitSignOffView {
  enrolmentId: string;
  learner: { id: string; displayName: string };
  unit: { reference: string; title: string; credits: number | null };
  matrix: SignOffMatrix;
  achievement: UnitAchievement;
  /** The newest unit sign-off and countersignature, if any. */
  unitSignOff: SignOffRowState;
  countersignature: SignOffRowState;
  /** What the person asking may do now. */
  can: {
    /** Rows that may be signed now: the enrolment's assessor, while it is open. */
    signRows: string[];
    signUnit: boolean;
    countersign: boolean;
  };
}
