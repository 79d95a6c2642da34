import type { EnrolmentStatus } from './enrolments';
import type { Role } from './roles';

/**
 * What a list route takes besides its page: `?sort=` (one of the route's fields) and
 * `?direction=`, and on the lists a person searches, `?q=` (words that must each appear, case
 * and accents folded) and the route's own filters. A filter only narrows what the person may see.
 */
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface SortQuery<Field extends string> {
  sort?: Field;
  direction?: SortDirection;
}

export interface SearchQuery<Field extends string> extends SortQuery<Field> {
  q?: string;
}

/** The longest `?q=` a list takes. */
export const SEARCH_QUERY_MAX_LENGTH = 100;

export const ENROLMENT_SORTS = [
  'learner',
  'qualification',
  'status',
  'startDate',
  'plannedEndDate',
  'assessor',
  'iqa',
] as const;
export type EnrolmentSort = (typeof ENROLMENT_SORTS)[number];

/** The part the person asking plays in the enrolments listed (`?mine=`): caseload, sampling, own. */
export const ENROLMENT_PARTS = ['learner', 'assessor', 'iqa'] as const;
export type EnrolmentPart = (typeof ENROLMENT_PARTS)[number];

/** `?q=` finds learner, qualification, pathway, assessor and IQA. */
export interface EnrolmentListQuery extends SearchQuery<EnrolmentSort> {
  status?: EnrolmentStatus;
  assessor?: string;
  iqa?: string;
  learner?: string;
  qualification?: string;
  mine?: EnrolmentPart;
}

export const LEARNER_SORTS = ['name', 'email', 'dateOfBirth', 'uln', 'enrolments'] as const;
export type LearnerSort = (typeof LEARNER_SORTS)[number];

/** `?q=` finds name, email and ULN. */
export interface LearnerListQuery extends SearchQuery<LearnerSort> {
  centre?: string;
  /** `open`: only the learners with a proposed correction waiting for an admin. */
  corrections?: 'open';
}

export const USER_SORTS = ['name', 'email', 'createdAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];

/** `?q=` finds name and email. */
export interface UserListQuery extends SearchQuery<UserSort> {
  role?: Role;
  centre?: string;
}

export const QUALIFICATION_SORTS = ['title', 'awardingBody', 'code', 'level'] as const;
export type QualificationSort = (typeof QUALIFICATION_SORTS)[number];

/** `?q=` finds title, code and awarding body. */
export type QualificationListQuery = SearchQuery<QualificationSort>;

export const EVIDENCE_SORTS = ['title', 'method', 'activityDate', 'status', 'updatedAt'] as const;
export type EvidenceSort = (typeof EVIDENCE_SORTS)[number];

export const FAILED_JOB_SORTS = ['name', 'failedAt', 'tries'] as const;
export type FailedJobSort = (typeof FAILED_JOB_SORTS)[number];
