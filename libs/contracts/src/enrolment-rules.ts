import type {
  CreateEnrolmentRequest,
  EntryCheckRequest,
  ReassignEnrolmentRequest,
} from './enrolments';
import type { FieldError } from './errors';
import {
  calendarDay,
  group,
  list,
  nullable,
  number,
  optional,
  recordId,
  shapeProblems,
  text,
  type FieldRule,
} from './field-rules';
import { OVERRIDE_REASON_MAX_LENGTH, OVERRIDE_REASON_MIN_LENGTH } from './limits';

/**
 * The rules of an enrolment request as the form and `POST /api/enrolments` take it. What needs
 * the qualification, the staff or the learner (a pathway it has, a planned end after the start:
 * `plannedEndDateProblems` in libs/domain) is decided after these pass.
 */

export const ENTRY_CHECK_RULES = {
  learnerId: recordId('must be a learner id'),
  qualificationId: recordId('must be a qualification id'),
  startDate: calendarDay(),
} as const satisfies Record<keyof EntryCheckRequest, FieldRule>;

const HOURS = nullable(number({ min: 0, max: 100000, step: 1 }));

export const TARGET_HOURS_RULES = {
  supervised: HOURS,
  work: HOURS,
} as const satisfies Record<keyof NonNullable<CreateEnrolmentRequest['targetHours']>, FieldRule>;

/** Who assesses and who verifies an enrolment (the enrol form, `PUT /api/enrolments/:id/staff`). */
export const REASSIGN_RULES = {
  assessorId: recordId('must be a user id'),
  iqaId: recordId('must be a user id'),
} as const satisfies Record<keyof ReassignEnrolmentRequest, FieldRule>;

export const NEW_ENROLMENT_RULES = {
  ...ENTRY_CHECK_RULES,
  pathway: nullable(text(60, { min: 0 })),
  plannedEndDate: calendarDay(),
  registrationNumber: nullable(text(60)),
  ...REASSIGN_RULES,
  overrideReason: nullable(
    text(OVERRIDE_REASON_MAX_LENGTH, {
      min: OVERRIDE_REASON_MIN_LENGTH,
      tooShort: `must explain the override in ${OVERRIDE_REASON_MIN_LENGTH} to ${OVERRIDE_REASON_MAX_LENGTH} characters`,
    }),
  ),
  targetHours: optional(group(TARGET_HOURS_RULES)),
  plannedUnits: optional(list({ max: 500, each: text(200, { min: 0 }) })),
} as const satisfies Record<keyof CreateEnrolmentRequest, FieldRule>;

/** The problems of a new enrolment's request (the enrol form, `POST /api/enrolments`). */
export function newEnrolmentProblems(request: unknown): FieldError[] {
  return shapeProblems(NEW_ENROLMENT_RULES, request);
}

/** The problems of a reassignment's request (the reassign form, `PUT /api/enrolments/:id/staff`). */
export function reassignProblems(request: unknown): FieldError[] {
  return shapeProblems(REASSIGN_RULES, request);
}
