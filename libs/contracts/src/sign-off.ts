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
