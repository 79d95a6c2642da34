import type { FieldError } from './errors';
import {
  calendarDay,
  list,
  matching,
  nullable,
  number,
  recordId,
  shapeProblems,
  text,
  type FieldRule,
} from './field-rules';

/**
 * Hours a learner logs against an enrolment (supervised practice, off-the-job training, or a
 * category of the centre's own), which the enrolment's assessor confirms or queries entry by
 * entry, and their totals against the enrolment's targets.
 */

/** Every centre has these two; a centre admin may add categories of the centre's own. */
export const BUILT_IN_HOUR_CATEGORIES = {
  supervised_practice: 'Supervised practice',
  off_the_job: 'Off-the-job training',
} as const;
export type BuiltInHourCategory = keyof typeof BUILT_IN_HOUR_CATEGORIES;

/**
 * The catalogue's `targetHours` field each built-in category takes its target from: a
 * qualification that states supervised hours (a certification route) or work-based hours sets
 * that category's target for every enrolment on it.
 */
export const CATALOGUE_TARGET_FIELD = {
  supervised_practice: 'supervised',
  off_the_job: 'work',
} as const satisfies Record<BuiltInHourCategory, 'supervised' | 'work'>;

export const HOUR_LIMITS = {
  /** One entry is one day's work at most. */
  minutesMax: 24 * 60,
  activityMaxLength: 2000,
  commentMaxLength: 2000,
  /** A target, in hours, as the catalogue format allows. */
  targetHoursMax: 100000,
  /** Categories of a centre's own. */
  categoriesMax: 20,
  categoryTitleMaxLength: 80,
} as const;

/**
 * Logged: awaiting the assessor (new, or changed since they queried it). Confirmed: the
 * assessor confirmed it; it never changes again, a correction is a new entry. Queried: the
 * assessor asked about it; the learner changes it, which logs it again.
 */
export const HOUR_ENTRY_STATUSES = ['logged', 'confirmed', 'queried'] as const;
export type HourEntryStatus = (typeof HOUR_ENTRY_STATUSES)[number];

export const HOUR_REVIEW_DECISIONS = ['confirm', 'query'] as const;
export type HourReviewDecision = (typeof HOUR_REVIEW_DECISIONS)[number];

/**
 * Where a category's target comes from: the qualification's catalogue entry, the enrolment as
 * it was made (its target hours), or a centre admin since.
 */
export type HourTargetSource = 'catalogue' | 'enrolment' | 'centre';

export interface HourCategory {
  key: string;
  title: string;
  builtIn: boolean;
}

export interface HourPerson {
  id: string;
  displayName: string;
}

/** What the learner states of an entry. */
export interface HourEntryContent {
  /** The day the hours were worked, YYYY-MM-DD, not in the future. */
  date: string;
  /** 1 to 1,440 (24 hours). */
  minutes: number;
  activity: string;
  /** A category key the centre knows. */
  category: string;
  /** An evidence item of the same enrolment, or null. */
  evidenceItemId: string | null;
}

/** Each review is a record of its own, never changed: the entry's newest one decides it. */
export interface HourReview {
  id: string;
  decision: HourReviewDecision;
  comment: string | null;
  assessor: HourPerson;
  /** The entry's revision it judged: a changed entry is judged again. */
  revision: number;
  decidedAt: string;
}

export interface HourEntry extends HourEntryContent {
  id: string;
  status: HourEntryStatus;
  /** 1 when logged; each change by the learner adds one. */
  revision: number;
  categoryTitle: string;
  evidence: { id: string; title: string } | null;
  /** The confirmed entry this one corrects, if it is a correction. */
  corrects: string | null;
  /** The correction that supersedes this entry in the totals, if any. */
  correctedBy: string | null;
  loggedAt: string;
  changedAt: string;
  /** Newest first. */
  reviews: HourReview[];
  can: { edit: boolean; correct: boolean; review: boolean };
}

export interface HourCategoryTotal {
  category: string;
  title: string;
  /** Every entry not superseded by a correction, whatever its status. */
  loggedMinutes: number;
  confirmedMinutes: number;
  queriedMinutes: number;
  targetMinutes: number | null;
  targetSource: HourTargetSource | null;
  /** Target less confirmed, never below 0; null without a target. */
  remainingMinutes: number | null;
  /** A centre admin may set this category's target: the catalogue states none. */
  targetSettable: boolean;
}

export interface EnrolmentHours {
  enrolmentId: string;
  learner: HourPerson;
  categories: HourCategory[];
  /** One per category of the centre, built-in first. */
  totals: HourCategoryTotal[];
  /** Newest worked first. */
  entries: HourEntry[];
  can: { log: boolean; setTargets: boolean };
}

export type LogHoursRequest = HourEntryContent;
export type ChangeHoursRequest = HourEntryContent;

export interface ReviewHoursRequest {
  decision: HourReviewDecision;
  /** Required to query: what the learner should look at. */
  comment?: string;
}

export interface SetHourTargetRequest {
  category: string;
  /** Whole hours; null takes the target away. */
  hours: number | null;
}

export interface ReplaceHourCategoriesRequest {
  categories: { key: string; title: string }[];
}

const CATEGORY_KEY = matching(
  /^[a-z][a-z0-9_]{1,39}$/,
  'must be 2 to 40 lower-case letters, digits or underscores, starting with a letter',
);

/** The rules of an entry as the form and the API take it; "not in the future" needs today. */
export const HOUR_ENTRY_RULES = {
  date: calendarDay(),
  minutes: number({ min: 1, max: HOUR_LIMITS.minutesMax, step: 1 }),
  activity: text(HOUR_LIMITS.activityMaxLength),
  category: CATEGORY_KEY,
  evidenceItemId: nullable(recordId('must be an evidence item id')),
} as const satisfies Record<keyof HourEntryContent, FieldRule>;

export const HOUR_CATEGORY_RULES = {
  key: CATEGORY_KEY,
  title: text(HOUR_LIMITS.categoryTitleMaxLength),
} as const;

export const HOUR_CATEGORIES_RULES = {
  categories: list({ max: HOUR_LIMITS.categoriesMax, entries: HOUR_CATEGORY_RULES }),
} as const satisfies Record<keyof ReplaceHourCategoriesRequest, FieldRule>;

export const HOUR_TARGET_RULES = {
  category: CATEGORY_KEY,
  hours: nullable(number({ min: 0, max: HOUR_LIMITS.targetHoursMax, step: 1 })),
} as const satisfies Record<keyof SetHourTargetRequest, FieldRule>;

export function hourEntryProblems(request: unknown): FieldError[] {
  return shapeProblems(HOUR_ENTRY_RULES, request);
}
