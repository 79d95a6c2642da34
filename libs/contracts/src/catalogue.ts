import type { AssessmentMethod } from './assessment-methods';
import type { FieldError } from './errors';

/**
 * The qualification catalogue's import format: one JSON document per qualification version.
 * Its JSON Schema is libs/catalogue/qualification.schema.json. A field the source does not
 * state is null, never estimated.
 */
export const CATALOGUE_FORMAT_VERSION = 1;

export interface QualificationDocument {
  formatVersion: 1;
  /** Null only while the source does not state it; publishing needs it. */
  awardingBody: string | null;
  /** The awarding body's code (e.g. QC28074) or an Ofqual number (e.g. 603/1234/5); publishing needs it. */
  code: string | null;
  title: string;
  /** RQF level, 1 to 8. */
  level: number | null;
  totalCredits: number | null;
  /** Total qualification time, in hours. */
  tqt: number | null;
  /** Guided learning hours. */
  glh: number | null;
  minimumAge: number | null;
  entryRequirements: EntryRequirement[];
  /** Optional targets for supervised or work-based hours. */
  targetHours: { supervised: number | null; work: number | null } | null;
  pathways: Pathway[];
  units: Unit[];
  rules: RulesOfCombination;
  /** Where the content comes from, for the people who check it. */
  source: string | null;
}

/** Data only here; the enrolment issue evaluates them against a learner. */
export type EntryRequirement =
  | {
      kind: 'prior_qualification';
      description: string;
      advisory: boolean;
      /** Any one of these meets the requirement. */
      options: { description: string; minimumLevel: number | null; subjects: string[] }[];
    }
  | { kind: 'experience'; description: string; advisory: boolean; minimumYears: number | null }
  | {
      kind: 'english_proficiency';
      description: string;
      advisory: boolean;
      accepted: EnglishEvidenceRule[];
    }
  | { kind: 'other'; description: string; advisory: boolean };

export type EnglishEvidenceRule =
  | { test: 'ielts_academic'; overall: number; lowestBand: number | null }
  | { test: 'toefl_ibt' | 'pte_academic'; minimum: number }
  | { test: 'cambridge_b2_first'; minimumGrade: 'A' | 'B' | 'C' }
  | { test: 'prior_education_in_english' };

export interface Pathway {
  code: string;
  title: string;
}

export interface Unit {
  /** e.g. QC28074-1 or F/504/2218; null while the source does not state it. */
  reference: string | null;
  title: string;
  level: number | null;
  credits: number | null;
  glh: number | null;
  tqt: number | null;
  outcomes: LearningOutcome[];
}

export interface LearningOutcome {
  /** "1", "2", ... */
  number: string;
  title: string;
  /** Methods by which this outcome must be assessed, e.g. direct observation; enforced at sign-off. */
  requiredMethods: AssessmentMethod[];
  criteria: AssessmentCriterion[];
}

export interface AssessmentCriterion {
  /** "1.1", "1.2", ... */
  number: string;
  title: string;
  requiredMethods: AssessmentMethod[];
}

export type UnitGroupKind = 'mandatory' | 'pathway' | 'optional';

export interface UnitGroup {
  key: string;
  title: string;
  /** Mandatory: every listed unit is required. Pathway: counts only on its pathway. */
  kind: UnitGroupKind;
  pathway: string | null;
  /** Unit references. */
  units: string[];
  minimumCredits: number | null;
  maximumCredits: number | null;
  minimumUnits: number | null;
  maximumUnits: number | null;
}

export interface RulesOfCombination {
  /** Credits that must be achieved in all. */
  minimumCredits: number | null;
  groups: UnitGroup[];
  /** Units that must be included whatever the choice. */
  requiredUnits: string[];
  /** At least `credits` from units at `level` or above. */
  minimumCreditsAtLevel: { level: number; credits: number }[];
  /** Units of which no more than one may be taken. */
  barredCombinations: { units: string[]; reason: string | null }[];
}

export type QualificationVersionStatus = 'draft' | 'published';

export interface QualificationSummary {
  id: string;
  awardingBody: string | null;
  code: string | null;
  title: string;
  level: number | null;
  totalCredits: number | null;
  /** The newest published version's number, if any. */
  publishedVersion: number | null;
  /** The open draft's number, if any (admins only). */
  draftVersion: number | null;
}

export interface QualificationVersionSummary {
  id: string;
  number: number;
  status: QualificationVersionStatus;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface QualificationVersionDetail extends QualificationVersionSummary {
  document: QualificationDocument;
  /** Consistency problems: warnings on a draft; a version with any cannot be published. */
  problems: FieldError[];
  /** The rules of combination in plain words. */
  rulesInWords: string[];
}

export interface QualificationDetail {
  id: string;
  awardingBody: string | null;
  code: string | null;
  title: string;
  versions: QualificationVersionSummary[];
  /** The version asked for (?version=N), else the draft for admins, else the newest published. */
  version: QualificationVersionDetail;
  /** What the person asking may do to it now, as the API's policy decides. */
  can: QualificationCapabilities;
}

export interface QualificationCapabilities {
  /** Open or change its draft version and publish it: an admin of any centre (the catalogue is shared). */
  edit: boolean;
}

export interface ImportQualificationResponse {
  qualificationId: string;
  version: QualificationVersionDetail;
}

export interface EvaluateRulesRequest {
  /** Version number; the newest published when absent. */
  version?: number;
  pathway: string | null;
  units: string[];
}

export interface GroupCredits {
  key: string;
  title: string;
  kind: UnitGroupKind;
  credits: number;
  units: string[];
  satisfied: boolean;
}

export interface RulesEvaluation {
  satisfied: boolean;
  totalCredits: number;
  groups: GroupCredits[];
  /** Each shortfall in words, e.g. "Optional group: 14 of 15 credits". */
  shortfalls: string[];
  /** Units given that count towards nothing (another pathway's, or not in any group). */
  uncounted: string[];
  /** References that are not units of this qualification. */
  unknown: string[];
}
